namespace Assistant.Channels.BotFramework.Authentication;

/// <summary>
/// What token the bot asks for, and where: the SDK's choice of authority and scope per app type
/// (MicrosoftAppCredentials, PasswordServiceClientCredentialFactory, ManagedIdentityAppCredentials).
/// Holds no secret, so it may be logged.
/// </summary>
/// <param name="Source">Client secret, managed identity, or none.</param>
/// <param name="ClientId">The app id (or the managed identity's client id).</param>
/// <param name="Authority">The Entra ID authority for client credentials; null otherwise.</param>
/// <param name="Scope">The scope (client credentials) or resource (managed identity) asked for.</param>
internal sealed record BotTokenPlan(BotTokenSource Source, string? ClientId, Uri? Authority, string? Scope)
{
    /// <summary>The Bot Connector's audience: tokens for channels are issued for it.</summary>
    public const string BotFrameworkResource = "https://api.botframework.com";

    /// <summary>The client-credentials scope for <see cref="BotFrameworkResource"/>.</summary>
    public const string BotFrameworkScope = BotFrameworkResource + "/.default";

    /// <summary>The tenant multi-tenant bots get their tokens from.</summary>
    public const string MultiTenantTenant = "botframework.com";

    public static BotTokenPlan For(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAuthenticationDisabled)
        {
            return new BotTokenPlan(BotTokenSource.None, null, null, null);
        }

        return options.MicrosoftAppType switch
        {
            // Managed identity tokens come from the hosting environment (IMDS, App Service), which
            // takes a resource rather than a scope; no authority or tenant is involved.
            MicrosoftAppType.UserAssignedMsi => new BotTokenPlan(BotTokenSource.ManagedIdentity, options.MicrosoftAppId, null, BotFrameworkResource),
            MicrosoftAppType.SingleTenant => ClientSecret(options, options.MicrosoftAppTenantId!),
            _ => ClientSecret(options, MultiTenantTenant),
        };
    }

    private static BotTokenPlan ClientSecret(BotFrameworkOptions options, string tenant)
    {
        var host = options.AuthorityHost.AbsoluteUri;
        var authority = new Uri(new Uri(host.EndsWith('/') ? host : host + "/"), Uri.EscapeDataString(tenant.Trim()));
        return new BotTokenPlan(BotTokenSource.ClientSecret, options.MicrosoftAppId, authority, BotFrameworkScope);
    }
}
