using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Assistant.WebChat.Tests;

/// <summary>The embedded Direct Line in front of the real bot: the same turn logic and state as <c>/api/messages</c>.</summary>
public sealed class DirectLineWithTheBotTests
{
    [Fact]
    public async Task Question_OverDirectLine_IsAnsweredWithCitationsByTheBot()
    {
        await using var server = await BotServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Address };
        var (id, token) = await StartAsync(client);

        var activities = await AskAsync(client, id, token, "kan jeg si fra til politiet om at pasienten har våpen?");

        var answer = activities.Last(a => (string?)a!["from"]!["role"] == "bot")!;
        Assert.Contains("helsepersonelloven § 31", (string?)answer["text"], StringComparison.Ordinal);
        Assert.Equal("markdown", (string?)answer["textFormat"]);
        Assert.Equal("webchat", (string?)answer["channelId"]);
    }

    [Fact]
    public async Task Restart_TheTokenStaysValidAndTheConversationGoesOn()
    {
        var server = await BotServer.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = server.Address };
            var (id, token) = await StartAsync(client);
            await WaitForBotAsync(client, id, token, 1);

            server = await server.RestartAsync();
            using var reconnect = await SendAsync(client, HttpMethod.Get, $"conversations/{id}", token);
            var activities = await AskAsync(client, id, token, "kan jeg si fra til politiet om at pasienten har våpen?");

            Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
            Assert.Contains("helsepersonelloven § 31", (string?)activities[^1]!["text"], StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<(string Id, string Token)> StartAsync(HttpClient client)
    {
        using var started = await SendAsync(client, HttpMethod.Post, "conversations", null);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return ((string)body["conversationId"]!, (string)body["token"]!);
    }

    private static async Task<JsonArray> AskAsync(HttpClient client, string id, string token, string text)
    {
        using var posted = await SendAsync(client, HttpMethod.Post, $"conversations/{id}/activities", token, new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "nb-NO",
            ["from"] = new JsonObject { ["id"] = "r_test", ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        }.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var read = await SendAsync(client, HttpMethod.Get, $"conversations/{id}/activities", token);
        return (await read.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
    }

    /// <summary>The welcome is sent in the background after the start; waits for it.</summary>
    private static async Task<JsonArray> WaitForBotAsync(HttpClient client, string id, string token, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var read = await SendAsync(client, HttpMethod.Get, $"conversations/{id}/activities", token);
            var activities = (await read.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
            if (activities.Count >= count || attempt == 200)
            {
                return activities;
            }

            await Task.Delay(50);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? token, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri("v3/directline/" + path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }
}
