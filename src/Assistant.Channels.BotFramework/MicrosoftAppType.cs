namespace Assistant.Channels.BotFramework;

/// <summary>How the bot's Azure registration identifies it; the setting <c>MicrosoftAppType</c>.</summary>
public enum MicrosoftAppType
{
    /// <summary>
    /// App id and client secret, tokens from the <c>botframework.com</c> tenant. The default, and with an
    /// empty app id the anonymous local mode. Azure no longer creates new multi-tenant bots.
    /// </summary>
    MultiTenant,

    /// <summary>App id and client secret, tokens from the bot's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is the app id; no secret. Configured as <c>UserAssignedMSI</c>.</summary>
    UserAssignedMsi,
}
