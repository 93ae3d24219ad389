using Assistant.Channels.BotFramework.Connector;
using Microsoft.Identity.Client;

namespace Assistant.Channels.BotFramework.Authentication;

/// <summary>
/// Client credentials through MSAL, as the SDK's MsalAppCredentials: one confidential client for the
/// process, so MSAL's in-memory app token cache serves every call until the token nears expiry.
/// </summary>
internal sealed class ClientSecretBotTokenProvider : IBotTokenProvider
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;

    public ClientSecretBotTokenProvider(BotTokenPlan plan, string clientSecret, bool validateAuthority, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _scopes = [plan.Scope!];
        _application = ConfidentialClientApplicationBuilder.Create(plan.ClientId)
            .WithAuthority(plan.Authority!.AbsoluteUri, validateAuthority)
            .WithClientSecret(clientSecret)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            throw new ConnectorException($"Could not get a token for the Bot Connector ({exception.ErrorCode}).", exception);
        }
    }
}
