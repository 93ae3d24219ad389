using System.Net;

namespace Assistant.Bot.Tests;

public class AuthenticationTests
{
    private static readonly Dictionary<string, string?> WithAppId = new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
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
}
