using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Channels.BotFramework.Authentication;
using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.BotFramework.Schema;
using Assistant.Channels.BotFramework.Tests.Support;
using Assistant.TestSupport;
using Assistant.TestSupport.Connector;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Assistant.Channels.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ConversationId = "a:1conversation;messageid=1732356930123";
    private const string EscapedConversationId = "a%3A1conversation%3Bmessageid%3D1732356930123";

    private readonly SteppingTimeProvider _clock = new();
    private readonly Mock<IBotTokenProvider> _tokens = new();
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("token-1");
        _services = ChannelServices.Build(RetrySettings(maxRetryAttempts: 2), _clock, _tokens.Object);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ReplyToActivityAsync_Reply_PostsToTheRepliedActivityWithBearerTokenAndJson()
    {
        var reply = Reply("Svar") with { ReplyToId = "1:2@x" };

        var response = await Client().ReplyToActivityAsync(reply);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/1%3A2%40x", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Contains("Microsoft-BotFramework/3.1", request.UserAgent, StringComparison.Ordinal);
        Assert.Equal(FakeConnector.DefaultActivityId, response.Id);
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.Equal("Svar", (string?)body["text"]);
        Assert.Equal("1:2@x", (string?)body["replyToId"]);
        Assert.False(body.ContainsKey("id"), "A bot must not set the id of what it sends.");
    }

    [Fact]
    public async Task SendToConversationAsync_Activity_PostsToTheConversationWithoutId()
    {
        var activity = Reply("Hei") with { ReplyToId = null };

        var response = await Client().SendToConversationAsync(activity);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("Hei", (string?)JsonNode.Parse(request.Body)!["text"]);
        Assert.False(JsonNode.Parse(request.Body)!.AsObject().ContainsKey("id"));
        Assert.Equal(FakeConnector.DefaultActivityId, response.Id);
    }

    [Fact]
    public async Task UpdateActivityAsync_Activity_PutsItInPlaceOfItsId()
    {
        _connector.Answer(FakeAnswer.Ok("sent-7"));
        var activity = Reply("Rettet svar") with { Id = "sent-7" };

        var response = await Client().UpdateActivityAsync(activity);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/sent-7", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("sent-7", (string?)JsonNode.Parse(request.Body)!["id"]);
        Assert.Equal("Rettet svar", (string?)JsonNode.Parse(request.Body)!["text"]);
        Assert.Equal("sent-7", response.Id);
    }

    [Fact]
    public async Task DeleteActivityAsync_Reference_DeletesTheReferencedActivityWithoutBody()
    {
        _connector.Answer(new FakeAnswer(200));
        var reference = Reply("x").GetReplyConversationReference(new ResourceResponse("sent-7")) with { ServiceUrl = _connector.ServiceUrl.AbsoluteUri };

        await Client().DeleteActivityAsync(reference);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/sent-7", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlWithPathAndNoSlash_KeepsThePath()
    {
        var activity = Reply("Hei") with { ServiceUrl = _connector.ServiceUrl.AbsoluteUri + "emea" };

        await Client().SendToConversationAsync(activity);

        Assert.Equal($"/emea/v3/conversations/{EscapedConversationId}/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task SendToConversationAsync_EmptyAnswer_GivesNoId()
    {
        _connector.Answer(new FakeAnswer(202));

        var response = await Client().SendToConversationAsync(Reply("Hei"));

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_AnonymousMode_SendsNoAuthorizationHeader()
    {
        await using var services = ChannelServices.Build(RetrySettings(maxRetryAttempts: 2), _clock);

        await services.GetRequiredService<IConnectorClient>().SendToConversationAsync(Reply("Hei"));

        Assert.Equal(string.Empty, Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task ReplyToActivityAsync_TooManyRequestsWithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        _connector.Answer(new FakeAnswer(429, RetryAfter: "7"));

        var response = await Client().ReplyToActivityAsync(Reply("Svar"));

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _clock.Delays);
        Assert.Equal(FakeConnector.DefaultActivityId, response.Id);
    }

    [Fact]
    public async Task ReplyToActivityAsync_TooManyRequestsWithRetryAfterDate_WaitsUntilThatDate()
    {
        var until = _clock.GetUtcNow().AddSeconds(12).ToString("R", CultureInfo.InvariantCulture);
        _connector.Answer(new FakeAnswer(429, RetryAfter: until));

        await Client().ReplyToActivityAsync(Reply("Svar"));

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(12)], _clock.Delays);
    }

    [Fact]
    public async Task ReplyToActivityAsync_Retry_AsksForTheTokenAgain()
    {
        _tokens.SetupSequence(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("token-1").ReturnsAsync("token-2");
        _connector.Answer(new FakeAnswer(429, RetryAfter: "1"));

        await Client().ReplyToActivityAsync(Reply("Svar"));

        Assert.Equal(["Bearer token-1", "Bearer token-2"], _connector.Requests.Select(r => r.Authorization));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task ReplyToActivityAsync_TransientStatusEveryTime_RetriesWithBackOffThenThrowsTheStatus(int status)
    {
        _connector.Answer(Enumerable.Repeat(FakeAnswer.Error(status, "Throttled", "Slow down"), 3).ToArray());

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client().ReplyToActivityAsync(Reply("Svar")));

        Assert.Equal(3, _connector.Requests.Count);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal("Throttled", exception.ErrorCode);
        Assert.Equal(2, _clock.Delays.Count);
        Assert.All(_clock.Delays, delay => Assert.InRange(delay, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(5)));
        Assert.All(_connector.Requests, request => Assert.Equal("Bearer token-1", request.Authorization));
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "Forbidden")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    [InlineData(500, "ServiceError")]
    public async Task ReplyToActivityAsync_NonTransientStatus_ThrowsAtOnceWithStatusAndCode(int status, string code)
    {
        _connector.Answer(FakeAnswer.Error(status, code, "Nope"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client().ReplyToActivityAsync(Reply("Svar")));

        Assert.Single(_connector.Requests);
        Assert.Empty(_clock.Delays);
        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal(code, exception.ErrorCode);
        Assert.Contains(code, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("token-1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyToActivityAsync_ErrorWithoutErrorResponse_ThrowsTheStatusWithoutCode()
    {
        _connector.Answer(new FakeAnswer(404, "<html>not here</html>"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client().ReplyToActivityAsync(Reply("Svar")));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Null(exception.ErrorCode);
    }

    [Fact]
    public async Task ReplyToActivityAsync_RetryAfterLongerThanAllowed_ThrowsWithoutWaiting()
    {
        _connector.Answer(new FakeAnswer(429, RetryAfter: "3600"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client().ReplyToActivityAsync(Reply("Svar")));

        Assert.Single(_connector.Requests);
        Assert.Empty(_clock.Delays);
        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
    }

    [Fact]
    public async Task ReplyToActivityAsync_RetriesSwitchedOff_ThrowsAfterOneAttempt()
    {
        await using var services = ChannelServices.Build(RetrySettings(maxRetryAttempts: 0), _clock, _tokens.Object);
        _connector.Answer(new FakeAnswer(429, RetryAfter: "1"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => services.GetRequiredService<IConnectorClient>().ReplyToActivityAsync(Reply("Svar")));

        Assert.Single(_connector.Requests);
        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectorUnreachable_RetriesThenThrowsWithoutStatus()
    {
        var activity = Reply("Hei") with { ServiceUrl = $"http://127.0.0.1:{LoopbackPorts.Closed()}/" };

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(activity));

        Assert.Null(exception.StatusCode);
        Assert.IsType<HttpRequestException>(exception.InnerException);
        Assert.Equal(2, _clock.Delays.Count);
    }

    [Fact]
    public async Task ReplyToActivityAsync_NoReplyToId_IsRejectedBeforeAnyCall()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().ReplyToActivityAsync(Reply("Svar") with { ReplyToId = null }));

        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/")]
    public async Task SendToConversationAsync_NoUsableServiceUrl_IsRejectedBeforeAnyCall(string? serviceUrl)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client().SendToConversationAsync(Reply("Hei") with { ServiceUrl = serviceUrl }));

        Assert.Empty(_connector.Requests);
    }

    private static Dictionary<string, string?> RetrySettings(int maxRetryAttempts) => new()
    {
        ["BotFramework:MaxRetryAttempts"] = maxRetryAttempts.ToString(CultureInfo.InvariantCulture),
        ["BotFramework:RetryDelay"] = "00:00:01",
        ["BotFramework:MaxRetryDelay"] = "00:00:05",
        ["BotFramework:MaxRetryAfter"] = "00:01:00",
    };


    private IConnectorClient Client() => _services.GetRequiredService<IConnectorClient>();

    private Activity Reply(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "should-not-be-sent",
        Text = text,
        ServiceUrl = _connector.ServiceUrl.AbsoluteUri,
        ChannelId = ChannelIds.Msteams,
        Conversation = new ConversationAccount { Id = ConversationId },
        From = new ChannelAccount { Id = "28:bot-app-id" },
        Recipient = new ChannelAccount { Id = "29:1kari" },
        ReplyToId = "1732356930123",
        Value = JsonSerializer.SerializeToElement(new { answer = "ja" }),
    };
}
