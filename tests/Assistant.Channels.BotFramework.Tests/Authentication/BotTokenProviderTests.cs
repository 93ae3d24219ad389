using System.Web;
using Assistant.Channels.BotFramework.Authentication;
using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.BotFramework.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels.BotFramework.Tests.Authentication;

public class BotTokenProviderTests
{
    [Fact]
    public async Task GetTokenAsync_SingleTenant_GetsClientCredentialsFromTheTenant()
    {
        var endpoint = new StubIdentityEndpoint();
        await using var services = Services(endpoint, SingleTenant);

        var token = await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync();

        Assert.Equal(StubIdentityEndpoint.AccessToken, token);
        var (uri, body) = Assert.Single(endpoint.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
        var form = HttpUtility.ParseQueryString(body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("app-id", form["client_id"]);
        Assert.Equal("s3cret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task GetTokenAsync_MultiTenant_GetsTheTokenFromBotFrameworkCom()
    {
        var endpoint = new StubIdentityEndpoint();
        await using var services = Services(endpoint, new()
        {
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "s3cret",
        });

        await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync();

        var (uri, _) = Assert.Single(endpoint.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task GetTokenAsync_SecondCall_IsServedFromMsalsCache()
    {
        var endpoint = new StubIdentityEndpoint();
        await using var services = Services(endpoint, SingleTenant);
        var provider = services.GetRequiredService<IBotTokenProvider>();

        await provider.GetTokenAsync();
        var second = await provider.GetTokenAsync();

        Assert.Equal(StubIdentityEndpoint.AccessToken, second);
        Assert.Single(endpoint.TokenRequests);
    }

    [Fact]
    public async Task GetTokenAsync_UserAssignedMsi_AsksTheManagedIdentityEndpointForTheConnector()
    {
        var endpoint = new StubIdentityEndpoint();
        await using var services = Services(endpoint, new()
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "identity-client-id",
            ["MicrosoftAppTenantId"] = "tenant-1",
        });

        var token = await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync();

        Assert.Equal(StubIdentityEndpoint.AccessToken, token);
        var (uri, _) = Assert.Single(endpoint.TokenRequests);
        var query = HttpUtility.ParseQueryString(uri.Query);
        Assert.Equal("identity-client-id", query["client_id"]);
        Assert.Equal("https://api.botframework.com", query["resource"]);
    }

    [Fact]
    public async Task GetTokenAsync_SecretRefused_ThrowsConnectorExceptionWithoutTheSecret()
    {
        var endpoint = new StubIdentityEndpoint { Error = "invalid_client" };
        await using var services = Services(endpoint, SingleTenant);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => services.GetRequiredService<IBotTokenProvider>().GetTokenAsync());

        Assert.Contains("invalid_client", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", exception.Message, StringComparison.Ordinal);
        Assert.Null(exception.StatusCode);
    }

    [Fact]
    public async Task GetTokenAsync_NoAppId_IsNullWithoutAnyRequest()
    {
        var endpoint = new StubIdentityEndpoint();
        await using var services = Services(endpoint, []);

        var token = await services.GetRequiredService<IBotTokenProvider>().GetTokenAsync();

        Assert.Null(token);
        Assert.Empty(endpoint.Requests);
    }

    private static Dictionary<string, string?> SingleTenant => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = "app-id",
        ["MicrosoftAppPassword"] = "s3cret",
        ["MicrosoftAppTenantId"] = "tenant-1",
    };

    // MSAL's HTTP goes through the named client, so its primary handler is where Entra ID is replaced.
    private static ServiceProvider Services(StubIdentityEndpoint endpoint, Dictionary<string, string?> settings) =>
        ChannelServices.Build(settings, configure: services => services
            .AddHttpClient(MsalHttpClientFactory.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => endpoint));
}
