using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Assistant.Channels.DirectLine.Tests.Support;

namespace Assistant.Channels.DirectLine.Tests;

public class DirectLineStreamTests
{
    [Fact]
    public async Task Stream_DeliversTheBacklog_ThenTypingTheEchoAndTheReply()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        await host.WaitForActivitiesAsync(session, 1);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);

        var backlog = await ReceiveSetAsync(socket);
        using var _ = await host.PostMessageAsync(session, "typ");
        var received = new List<JsonObject>();
        while (received.Count < 4)
        {
            received.AddRange((await ReceiveSetAsync(socket))["activities"]!.AsArray().Select(a => a!.AsObject()));
        }

        Assert.Equal(ScriptedBot.Welcome, (string?)backlog["activities"]![0]!["text"]);
        Assert.Equal("1", (string?)backlog["watermark"]);
        Assert.Equal(["message", "typing", "typing", "message"], received.Select(a => (string?)a["type"]));
        Assert.Equal("typ", (string?)received[0]["text"]);
        Assert.All(received.Skip(1), a => Assert.Equal("bot", (string?)a["from"]!["role"]));
        Assert.Equal("svar: typ", (string?)received[3]["text"]);
        Assert.DoesNotContain((await host.GetActivitiesAsync(session))["activities"]!.AsArray(), a => (string?)a!["type"] == "typing");
    }

    [Fact]
    public async Task Stream_FromAWatermark_SendsOnlyWhatCameAfter()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        await host.WaitForActivitiesAsync(session, 1);
        using (await host.PostMessageAsync(session, "hei"))
        {
        }

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(session.StreamUrl + "&watermark=2"), CancellationToken.None);
        var set = await ReceiveSetAsync(socket);

        Assert.Equal(["svar: hei"], set["activities"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.Equal("3", (string?)set["watermark"]);
    }

    [Theory]
    [InlineData("t=not-a-token", HttpStatusCode.Forbidden)]
    [InlineData("", HttpStatusCode.Forbidden)]
    public async Task Stream_WithoutAValidToken_IsRefused(string query, HttpStatusCode expected)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        using var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };

        var url = new Uri(session.StreamUrl[..session.StreamUrl.IndexOf('?', StringComparison.Ordinal)] + "?" + query);
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));

        Assert.Equal(expected, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Stream_WithABadWatermark_Is400()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        using var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(session.StreamUrl + "&watermark=42"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Stream_ASecondSocket_ClosesTheFirstWithCollision()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        using var first = new ClientWebSocket();
        await first.ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);

        using var second = new ClientWebSocket();
        await second.ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);
        var buffer = new byte[64 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await first.ReceiveAsync(buffer, CancellationToken.None);
        }
        while (result.MessageType != WebSocketMessageType.Close);

        Assert.Equal("collision", first.CloseStatusDescription);
    }

    [Fact]
    public async Task Stream_AbortedByTheClient_TheServerCarriesOn()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        for (var i = 0; i < 3; i++)
        {
            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);
            socket.Abort();
            socket.Dispose();
        }

        using var posted = await host.PostMessageAsync(session, "hei");
        using var fresh = new ClientWebSocket();
        await fresh.ConnectAsync(new Uri(session.StreamUrl), CancellationToken.None);
        var set = await ReceiveSetAsync(fresh);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("svar: hei", set["activities"]!.AsArray().Select(a => (string?)a!["text"]));
    }

    [Fact]
    public async Task Stream_PlainHttpGet_Is400()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        using var response = await host.Client.GetAsync(new Uri(session.StreamUrl.Replace("ws://", "http://", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>The next non-empty message, as an ActivitySet (empty messages are keep-alives).</summary>
    private static async Task<JsonObject> ReceiveSetAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[256 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
            }
        }
    }
}
