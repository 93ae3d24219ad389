namespace Assistant.Channels.BotFramework;

/// <summary>
/// Settings of the Bot Framework channel. The four credentials keep the names the Bot Framework
/// gives them at the root of configuration (as Azure App Service and the Bot Framework templates set
/// them): <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppTenantId</c>. Everything else is in the <c>BotFramework</c> section. Validated at
/// start-up; an empty app id means anonymous local mode (no tokens out, none required in).
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Root configuration key of <see cref="MicrosoftAppType"/>.</summary>
    public const string MicrosoftAppTypeKey = "MicrosoftAppType";

    /// <summary>Root configuration key of <see cref="MicrosoftAppId"/>.</summary>
    public const string MicrosoftAppIdKey = "MicrosoftAppId";

    /// <summary>Root configuration key of <see cref="MicrosoftAppPassword"/>.</summary>
    public const string MicrosoftAppPasswordKey = "MicrosoftAppPassword";

    /// <summary>Root configuration key of <see cref="MicrosoftAppTenantId"/>.</summary>
    public const string MicrosoftAppTenantIdKey = "MicrosoftAppTenantId";

    /// <summary>How the registration identifies the bot. Default <see cref="MicrosoftAppType.MultiTenant"/>.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary>The bot's app (client) id; for a managed identity, its client id. Empty: anonymous local mode.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret. A secret: never logged, never put in an error message.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of a single-tenant or managed-identity bot.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// Where tokens are requested: <c>{AuthorityHost}/{tenant}</c>. Default the public cloud,
    /// <c>https://login.microsoftonline.com/</c>.
    /// </summary>
    public Uri AuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Whether MSAL checks the authority against the known clouds (as the SDK does). Default true.</summary>
    public bool ValidateAuthority { get; set; } = true;

    /// <summary>
    /// How many times a call to the Bot Connector is retried after a throttling or gateway answer
    /// (429, 412, 502, 504) or a network failure, in addition to the first attempt. 0–10, default 3.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off delay; it doubles on each retry, with jitter. Default 1 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off delay. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits for. When the connector asks for a longer
    /// pause the call fails at once rather than holding the user's turn. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>True when no app id is configured: the bot neither sends nor demands tokens (local development only).</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
