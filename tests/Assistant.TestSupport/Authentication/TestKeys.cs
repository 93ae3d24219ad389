namespace Assistant.TestSupport.Authentication;

/// <summary>Keys generated once per test run (RSA generation is the slow part).</summary>
public static class TestKeys
{
    private static readonly Lazy<TestSigningKey> LazyChannel = new(() => new("channel-key", ["msteams", "webchat", "directline", "emulator"]));
    private static readonly Lazy<TestSigningKey> LazyUnendorsed = new(() => new("unendorsed-key", null));
    private static readonly Lazy<TestSigningKey> LazyEmulator = new(() => new("entra-key", null));
    private static readonly Lazy<TestSigningKey> LazyEndorsedEmulator = new(() => new("entra-endorsed-key", ["msteams"]));
    private static readonly Lazy<TestSigningKey> LazyUnpublished = new(() => new("unpublished-key", ["msteams", "webchat", "directline", "emulator"]));

    /// <summary>Published by the channel issuer, endorsed for msteams, webchat, directline and emulator.</summary>
    public static TestSigningKey Channel => LazyChannel.Value;

    /// <summary>Published by the channel issuer without an endorsements array.</summary>
    public static TestSigningKey Unendorsed => LazyUnendorsed.Value;

    /// <summary>Published by the Emulator (Entra) issuer, without endorsements like Entra's real keys.</summary>
    public static TestSigningKey Emulator => LazyEmulator.Value;

    /// <summary>Published by the Emulator issuer, endorsed for msteams only.</summary>
    public static TestSigningKey EndorsedEmulator => LazyEndorsedEmulator.Value;

    /// <summary>Published nowhere.</summary>
    public static TestSigningKey Unpublished => LazyUnpublished.Value;
}
