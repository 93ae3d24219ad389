using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Bot.Hosting;

namespace Assistant.Bot.Tests;

/// <summary>
/// The real bot host on a random loopback port (so requests really come from 127.0.0.1), with
/// in-memory state unless a test says otherwise.
/// </summary>
internal sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <summary>The host's services, for a test that checks what the bot stored.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<BotTestHost> StartAsync(Dictionary<string, string?>? settings = null, System.Collections.Concurrent.ConcurrentQueue<string>? logs = null)
    {
        var merged = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            merged[key] = value;
        }

        var app = BotHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(merged);
            if (logs is not null)
            {
                builder.Logging.AddProvider(new RecordingLoggerProvider(logs));
            }
        });
        await app.StartAsync();
        return new BotTestHost(app, new Uri(app.Urls.First()));
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, BotEndpoints.MessagesPath)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Posts with <c>deliveryMode: expectReplies</c> and returns the replies.</summary>
    public async Task<JsonArray> ExpectRepliesAsync(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]!.AsArray();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
