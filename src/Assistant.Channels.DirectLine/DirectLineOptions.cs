namespace Assistant.Channels.DirectLine;

/// <summary>
/// Settings of the embedded Direct Line endpoint, bound to the <c>DirectLine</c> section and
/// validated at start-up. The defaults suit one machine serving a few users through the local page.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>On by default for local use; <c>false</c> for a Teams-only deployment (no page, no <c>/v3/directline</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The HMAC key that signs tokens, base64 (at least 32 bytes). When empty, a key is generated once
    /// and kept in <see cref="SigningKeyPath"/>, so a restart keeps every issued token valid.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>Where the generated signing key is kept; relative to the working directory, beside the SQLite state.</summary>
    public string SigningKeyPath { get; set; } = "data/directline.key";

    /// <summary>How long a token is valid (Direct Line: 30 minutes; Web Chat refreshes it half-way).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation with no activity for this long is forgotten; its id then answers 404.</summary>
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The most recent activities kept per conversation for polling and reconnects; older ones are dropped.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>At most this many live conversations; a new one beyond is refused with 503 until others expire.</summary>
    public int MaxConversations { get; set; } = 1000;

    /// <summary>The largest activity a client may post, in bytes; larger is 413.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Activities one conversation may post per <see cref="RateLimitWindow"/>; more is 429 with <c>Retry-After</c>.</summary>
    public int RateLimitPermits { get; set; } = 10;

    /// <summary>The window of <see cref="RateLimitPermits"/> and <see cref="StartLimitPermits"/>.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Conversations or tokens one client address may start per <see cref="RateLimitWindow"/>.</summary>
    public int StartLimitPermits { get; set; } = 20;

    /// <summary>How long a posted activity may wait for the bot's turn before the post answers 502.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The bot's account on this channel, as activities show it.</summary>
    public string BotId { get; set; } = "assistant";

    /// <summary>The bot's display name.</summary>
    public string BotName { get; set; } = "Veileder";
}
