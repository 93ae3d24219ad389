using Assistant.Channels.BotFramework.Connector;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace Assistant.Channels.BotFramework.Authentication;

/// <summary>
/// A user-assigned managed identity through MSAL; MSAL finds the environment's endpoint (App
/// Service, IMDS …) and caches the token.
/// </summary>
internal sealed class ManagedIdentityBotTokenProvider : IBotTokenProvider
{
    private readonly IManagedIdentityApplication _application;
    private readonly string _resource;

    public ManagedIdentityBotTokenProvider(BotTokenPlan plan, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        _resource = plan.Scope!;
        _application = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(plan.ClientId!))
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _application.AcquireTokenForManagedIdentity(_resource).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            throw new ConnectorException($"Could not get a managed identity token for the Bot Connector ({exception.ErrorCode}).", exception);
        }
    }
}
