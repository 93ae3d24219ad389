using System.Net;
using Assistant.TestSupport.Authentication;

namespace Assistant.Bot.Tests;

public class AuthenticationTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static readonly Dictionary<string, string?> WithAppId = new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["MicrosoftAppTenantId"] = "66666666-7777-8888-9999-000000000000",
        ["BotFramework:ChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/openid",
        ["BotFramework:EmulatorOpenIdMetadataUrl"] = "http://127.0.0.1:9/openid",
    };

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer garbage")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.")]
    public async Task Post_WithAppIdAndNoValidToken_Is401NotAnError(string? authorization)
    {
        await using var host = await BotTestHost.StartAsync(WithAppId);

        using var response = await host.PostAsync(Activities.Message("taushetsplikt"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AnonymousFromLoopback_IsAccepted()
    {
        await using var host = await BotTestHost.StartAsync();

        Assert.Single(await host.ExpectRepliesAsync(Activities.Message("taushetsplikt")));
    }

    [Fact]
    public async Task Post_WithValidChannelToken_IsAnswered()
    {
        await using var openId = await LocalOpenIdServer.StartAsync();
        await using var host = await BotTestHost.StartAsync(Authenticated(openId));
        var activity = Activities.Message("taushetsplikt", channelId: "msteams", serviceUrl: TeamsServiceUrl);
        // Answered in the HTTP response: a reply through the connector would need a token from Entra.
        activity["deliveryMode"] = "expectReplies";

        using var response = await host.PostAsync(activity, "Bearer " + ChannelTokens.Create(AppId, TeamsServiceUrl, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"activities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithTokenForAnotherServiceUrl_Is401()
    {
        await using var openId = await LocalOpenIdServer.StartAsync();
        await using var host = await BotTestHost.StartAsync(Authenticated(openId));
        var token = ChannelTokens.Create(AppId, "https://elsewhere.example/", DateTimeOffset.UtcNow);

        using var response = await host.PostAsync(Activities.Message("taushetsplikt", channelId: "msteams", serviceUrl: TeamsServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithTokenSignedByAnUnpublishedKey_Is401()
    {
        await using var openId = await LocalOpenIdServer.StartAsync();
        await using var host = await BotTestHost.StartAsync(Authenticated(openId));
        var token = ChannelTokens.Create(AppId, TeamsServiceUrl, DateTimeOffset.UtcNow, TestKeys.Unpublished);

        using var response = await host.PostAsync(Activities.Message("taushetsplikt", channelId: "msteams", serviceUrl: TeamsServiceUrl), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Authentication on, checked against the keys of a local OpenID provider.</summary>
    private static Dictionary<string, string?> Authenticated(LocalOpenIdServer openId) => new(WithAppId)
    {
        ["BotFramework:ChannelOpenIdMetadataUrl"] = openId.ChannelMetadataUrl.AbsoluteUri,
        ["BotFramework:EmulatorOpenIdMetadataUrl"] = openId.EmulatorMetadataUrl.AbsoluteUri,
    };
}
