namespace Assistant.Channels.Authentication;

/// <summary>
/// Settings of inbound authentication. <see cref="MicrosoftAppId"/>, <see cref="MicrosoftAppTenantId"/>
/// and <see cref="MicrosoftAppType"/> come from the configuration root under the names the Bot
/// Framework and Azure use (<c>MicrosoftAppId</c> …); the rest from the <c>BotFramework</c> section.
/// Validated at start-up.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The configuration section of the settings that are not Bot Framework-standard.</summary>
    public const string SectionName = "BotFramework";

    /// <summary>Where the Bot Framework channels publish their signing keys (note: no hyphen).</summary>
    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Where Microsoft Entra ID publishes the keys that sign Emulator tokens.</summary>
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// The bot's app id (root key <c>MicrosoftAppId</c>). Empty means anonymous mode: requests
    /// without a token are accepted, from loopback addresses only unless
    /// <see cref="AllowAnonymousFromAnyAddress"/>.
    /// </summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>
    /// The app's tenant (root key <c>MicrosoftAppTenantId</c>); required for SingleTenant and
    /// UserAssignedMSI. When it is a GUID, Emulator tokens issued by this tenant are accepted.
    /// </summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// <c>MultiTenant</c> (the default when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>
    /// (root key <c>MicrosoftAppType</c>). Inbound validation is the same for all three.
    /// </summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>OpenID metadata of the channel token issuer (<c>BotFramework:ChannelOpenIdMetadataUrl</c>).</summary>
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new(DefaultChannelOpenIdMetadataUrl);

    /// <summary>OpenID metadata of the Emulator / Entra token issuer (<c>BotFramework:EmulatorOpenIdMetadataUrl</c>).</summary>
    public Uri EmulatorOpenIdMetadataUrl { get; set; } = new(DefaultEmulatorOpenIdMetadataUrl);

    /// <summary>
    /// In anonymous mode, accept requests from any address rather than from loopback only
    /// (<c>BotFramework:AllowAnonymousFromAnyAddress</c>; default false). Only for a bot that is
    /// reachable solely from a trusted network, such as a container behind a local Direct Line emulator.
    /// </summary>
    public bool AllowAnonymousFromAnyAddress { get; set; }

    /// <summary>True when no app id is configured (the SDK's <c>IsAuthenticationDisabled</c>).</summary>
    public bool IsAnonymousMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
