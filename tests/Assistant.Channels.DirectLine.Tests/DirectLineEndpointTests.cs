using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Assistant.Channels.DirectLine.Tests.Support;

namespace Assistant.Channels.DirectLine.Tests;

public class DirectLineEndpointTests
{
    [Fact]
    public async Task StartConversation_WithGeneratedToken_Answers201WithTokenStreamUrlAndExpiry()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var generated = await host.Client.PostAsync(new Uri("v3/directline/tokens/generate", UriKind.Relative), null);
        var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;

        using var started = await host.SendAsync(HttpMethod.Post, "conversations", (string)token["token"]!);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((string?)token["conversationId"], (string?)body["conversationId"]);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.StartsWith($"ws://{host.Address.Authority}/v3/directline/conversations/{body["conversationId"]}/stream?t=", (string?)body["streamUrl"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)body["token"]));
    }

    [Fact]
    public async Task StartConversation_AgainWithTheSameToken_Answers200ForTheSameConversation()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        using var again = await host.SendAsync(HttpMethod.Post, "conversations", session.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(session.ConversationId, (string?)(await again.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]);
    }

    [Fact]
    public async Task StartConversation_TheBotWelcomes_AsABotActivity()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        var welcome = Assert.Single(await host.WaitForActivitiesAsync(session, 1))!;

        Assert.Equal(ScriptedBot.Welcome, (string?)welcome["text"]);
        Assert.Equal("bot", (string?)welcome["from"]!["role"]);
        Assert.Equal("webchat", (string?)welcome["channelId"]);
    }

    [Fact]
    public async Task PostActivity_EchoesTheUserActivityWithServerIdAndClientActivityId_ThenTheReply()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        await host.WaitForActivitiesAsync(session, 1);

        using var posted = await host.PostMessageAsync(session, "hei", clientActivityId: "klient-42");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (string?)(await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"];
        var activities = (await host.GetActivitiesAsync(session))["activities"]!.AsArray();
        Assert.Equal(3, activities.Count);
        var echo = activities[1]!;
        Assert.Equal(id, (string?)echo["id"]);
        Assert.StartsWith(session.ConversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("klient-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.Equal("Bruker", (string?)echo["from"]!["name"]);
        var reply = activities[2]!;
        Assert.Equal("svar: hei", (string?)reply["text"]);
        Assert.Equal("bot", (string?)reply["from"]!["role"]);
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Equal(session.ConversationId, (string?)reply["conversation"]!["id"]);
        Assert.False(string.IsNullOrEmpty((string?)reply["id"]));
    }

    [Fact]
    public async Task PostActivity_TheTokenDecidesTheUser_NotTheBody()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        using var posted = await host.PostMessageAsync(session, "hei");

        var echo = (await host.GetActivitiesAsync(session))["activities"]!.AsArray().Single(a => (string?)a!["text"] == "hei")!;
        Assert.StartsWith("dl_", (string?)echo["from"]!["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activities_AreOrderedByTimestamp_EvenWhenTheClockStandsStill()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        await host.WaitForActivitiesAsync(session, 1);

        for (var i = 0; i < 3; i++)
        {
            using var _ = await host.PostMessageAsync(session, "spørsmål " + i, "c-" + i);
        }

        var stamps = (await host.GetActivitiesAsync(session))["activities"]!.AsArray()
            .Select(a => DateTimeOffset.Parse((string)a!["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(7, stamps.Length);
        Assert.True(stamps.Zip(stamps.Skip(1)).All(pair => pair.First < pair.Second));
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReturnsOnlyNewerOnes()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        await host.WaitForActivitiesAsync(session, 1);
        var first = await host.GetActivitiesAsync(session);
        var watermark = (string)first["watermark"]!;

        using var _ = await host.PostMessageAsync(session, "hei");
        var next = await host.GetActivitiesAsync(session, watermark);

        Assert.Equal("1", watermark);
        Assert.Equal(["hei", "svar: hei"], next["activities"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.Equal("3", (string?)next["watermark"]);
        Assert.Empty((await host.GetActivitiesAsync(session, "3"))["activities"]!.AsArray());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99")]
    [InlineData("1.5")]
    [InlineData("99999999999999999999999")]
    public async Task GetActivities_WatermarkThatIsNotOurs_Is400(string watermark)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        using var response = await host.SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}/activities?watermark={Uri.EscapeDataString(watermark)}", session.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Calls_UnknownConversation_Are404()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        using var generated = await host.Client.PostAsync(new Uri("v3/directline/tokens/generate", UriKind.Relative), null);
        var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)token["conversationId"]!;

        using var get = await host.SendAsync(HttpMethod.Get, $"conversations/{id}/activities", (string)token["token"]!);
        using var reconnect = await host.SendAsync(HttpMethod.Get, $"conversations/{id}", (string)token["token"]!);
        using var post = await host.PostMessageAsync(new DirectLineSession(id, (string)token["token"]!, ""), "hei");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJjb252IjoieCIsInVzZXIiOiJ5In0.")]
    public async Task Calls_WithoutAValidToken_Are403(string? token)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        using var get = await host.SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}/activities", token);
        using var post = await host.PostMessageAsync(session with { Token = token! }, "hei");
        using var refresh = await host.SendAsync(HttpMethod.Post, "tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task Token_SignedWithAnotherKey_Is403()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        await using var other = await DirectLineTestHost.StartAsync(new() { ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[48]) });
        var foreign = await other.StartConversationAsync();

        // The token's own conversation: were the signature not checked, the answer would be 404, not 403.
        using var response = await host.SendAsync(HttpMethod.Get, $"conversations/{foreign.ConversationId}/activities", foreign.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Token_UnsignedCopyOfAValidOne_Is403()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        // The same claims (conversation, user, expiry) under "alg": "none" and without a signature.
        var unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + session.Token.Split('.')[1] + ".";
        using var get = await host.SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}/activities", unsigned);
        using var refresh = await host.SendAsync(HttpMethod.Post, "tokens/refresh", unsigned);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task Token_AfterItExpires_Is403_AndCannotBeRefreshed()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:IdleExpiry"] = "02:00:00" });
        var session = await host.StartConversationAsync();

        host.Time.Advance(TimeSpan.FromMinutes(31));
        using var get = await host.SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}/activities", session.Token);
        using var refresh = await host.SendAsync(HttpMethod.Post, "tokens/refresh", session.Token);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task Refresh_BeforeExpiry_GivesATokenThatOutlivesTheOldOne()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:IdleExpiry"] = "02:00:00" });
        var session = await host.StartConversationAsync();

        host.Time.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await host.SendAsync(HttpMethod.Post, "tokens/refresh", session.Token);
        var body = (await refresh.Content.ReadFromJsonAsync<JsonObject>())!;
        host.Time.Advance(TimeSpan.FromMinutes(20));
        using var withOld = await host.SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}/activities", session.Token);
        using var withNew = await host.SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}/activities", (string)body["token"]!);

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(session.ConversationId, (string?)body["conversationId"]);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task Conversations_CannotReadOrWriteEachOther()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var mine = await host.StartConversationAsync();
        var theirs = await host.StartConversationAsync();
        using var _ = await host.PostMessageAsync(theirs, "hemmelig");

        using var read = await host.SendAsync(HttpMethod.Get, $"conversations/{theirs.ConversationId}/activities", mine.Token);
        using var reconnect = await host.SendAsync(HttpMethod.Get, $"conversations/{theirs.ConversationId}", mine.Token);
        using var write = await host.PostMessageAsync(theirs with { Token = mine.Token }, "inn i din");

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var myTexts = (await host.GetActivitiesAsync(mine))["activities"]!.AsArray().Select(a => (string?)a!["text"]);
        Assert.DoesNotContain(myTexts, t => t?.Contains("hemmelig", StringComparison.Ordinal) == true);
        var theirTexts = (await host.GetActivitiesAsync(theirs))["activities"]!.AsArray().Select(a => (string?)a!["text"]);
        Assert.DoesNotContain("inn i din", theirTexts);
    }

    [Fact]
    public async Task BotReply_AddressedElsewhere_StillLandsInItsOwnConversation()
    {
        // ScriptedBot addresses its replies to "someone-elses-conversation"; the turn's connector ignores that.
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        using var _ = await host.PostMessageAsync(session, "hei");

        var reply = (await host.GetActivitiesAsync(session))["activities"]!.AsArray().Single(a => (string?)a!["text"] == "svar: hei")!;
        Assert.Equal(session.ConversationId, (string?)reply["conversation"]!["id"]);
    }

    [Fact]
    public async Task PostActivity_Oversize_Is413()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxActivityBytes"] = "2048" });
        var session = await host.StartConversationAsync();

        using var response = await host.PostMessageAsync(session, new string('a', 4000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_OversizeWithoutContentLength_Is413()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxActivityBytes"] = "2048" });
        var session = await host.StartConversationAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities")
        {
            Content = new PushStreamContent(new string('a', 5000)),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.Token);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"conversationUpdate\"}")]
    [InlineData("[]")]
    public async Task PostActivity_BadActivity_Is400(string json)
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        using var response = await host.SendAsync(HttpMethod.Post, $"conversations/{session.ConversationId}/activities", session.Token, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PostActivity_Flooding_Is429WithRetryAfter_AndOtherConversationsAreUnaffected()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:RateLimitPermits"] = "3", ["DirectLine:RateLimitWindow"] = "00:01:00" });
        var flooder = await host.StartConversationAsync();
        var other = await host.StartConversationAsync();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await host.PostMessageAsync(flooder, "hei " + i, "c-" + i);
            statuses.Add(last.StatusCode);
        }

        using var fromOther = await host.PostMessageAsync(other, "hei");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal(HttpStatusCode.OK, fromOther.StatusCode);
        last.Dispose();
    }

    [Fact]
    public async Task PostActivity_BotFails_Is502()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();

        using var response = await host.PostMessageAsync(session, "feil");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    [Fact]
    public async Task Conversation_IdleLongerThanTheExpiry_IsForgotten()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:IdleExpiry"] = "00:10:00" });
        var session = await host.StartConversationAsync();

        host.Time.Advance(TimeSpan.FromMinutes(11));
        using var response = await host.SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}/activities", session.Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Conversation_KeepsOnlyTheMostRecentActivities()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxActivitiesPerConversation"] = "10", ["DirectLine:RateLimitPermits"] = "100" });
        var session = await host.StartConversationAsync();
        await host.WaitForActivitiesAsync(session, 1);

        for (var i = 0; i < 8; i++)
        {
            using var _ = await host.PostMessageAsync(session, "hei " + i, "c-" + i);
        }

        var set = await host.GetActivitiesAsync(session);
        Assert.Equal(10, set["activities"]!.AsArray().Count);
        Assert.Equal("17", (string?)set["watermark"]);
        Assert.Equal("svar: hei 7", (string?)set["activities"]!.AsArray()[^1]!["text"]);
    }

    [Fact]
    public async Task StartConversation_BeyondTheLimit_Is503()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:MaxConversations"] = "1" });
        await host.StartConversationAsync();

        using var response = await host.SendAsync(HttpMethod.Post, "conversations", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Reconnect_GivesAFreshTokenAndAStreamUrlFromTheWatermark()
    {
        await using var host = await DirectLineTestHost.StartAsync();
        var session = await host.StartConversationAsync();
        await host.WaitForActivitiesAsync(session, 1);

        using var response = await host.SendAsync(HttpMethod.Get, $"conversations/{session.ConversationId}?watermark=1", session.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(session.ConversationId, (string?)body["conversationId"]);
        Assert.EndsWith("&watermark=1", (string?)body["streamUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabled_NoEndpoint()
    {
        await using var host = await DirectLineTestHost.StartAsync(new() { ["DirectLine:Enabled"] = "false" });

        using var response = await host.SendAsync(HttpMethod.Post, "conversations", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A body sent chunked, without Content-Length, so the size is only known while reading.</summary>
    private sealed class PushStreamContent(string text) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
