using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Assistant.Channels.DirectLine.Endpoints;
using Assistant.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.DirectLine.Tests.Support;

/// <summary>
/// The Direct Line endpoint alone, on Kestrel at a random loopback port, with <see cref="ScriptedBot"/>
/// behind it, in-memory state and a clock the test moves.
/// </summary>
internal sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string Key = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVm";

    private readonly WebApplication _app;

    private DirectLineTestHost(WebApplication app, Uri address, FakeTimeProvider time)
    {
        _app = app;
        Address = address;
        Time = time;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineTestHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var merged = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:TokenSigningKey"] = Key,
        };
        foreach (var (key, value) in settings ?? [])
        {
            merged[key] = value;
        }

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(merged);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddConversationStorage(builder.Configuration);
        builder.Services.AddDirectLine<ScriptedBot>(builder.Configuration);
        var app = builder.Build();
        app.UseWebSockets();
        app.UseRateLimiter();
        app.MapDirectLine();
        await app.StartAsync();
        return new DirectLineTestHost(app, new Uri(app.Urls.First()), time);
    }

    /// <summary>Starts a conversation with a generated token, as the page does.</summary>
    public async Task<DirectLineSession> StartConversationAsync()
    {
        using var generated = await Client.PostAsync(new Uri("v3/directline/tokens/generate", UriKind.Relative), null);
        generated.EnsureSuccessStatusCode();
        var token = (string)(await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!;
        using var started = await SendAsync(HttpMethod.Post, "conversations", token);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineSession((string)body["conversationId"]!, (string)body["token"]!, (string)body["streamUrl"]!);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(DirectLineEndpoints.Prefix.TrimStart('/') + "/" + path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostMessageAsync(DirectLineSession session, string text, string clientActivityId = "c-1") =>
        SendAsync(HttpMethod.Post, $"conversations/{session.ConversationId}/activities", session.Token, new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "r_browser", ["name"] = "Bruker", ["role"] = "user" },
            ["locale"] = "nb-NO",
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        }.ToJsonString());

    public async Task<JsonObject> GetActivitiesAsync(DirectLineSession session, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}/activities" + (watermark is null ? "" : "?watermark=" + watermark), session.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    /// <summary>Waits (in real time) until the conversation holds <paramref name="count"/> activities: the start's welcome runs in the background.</summary>
    public async Task<JsonArray> WaitForActivitiesAsync(DirectLineSession session, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var activities = (await GetActivitiesAsync(session))["activities"]!.AsArray();
            if (activities.Count >= count || attempt == 100)
            {
                return activities;
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
