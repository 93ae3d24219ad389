namespace Assistant.Storage.Tests.Support;

/// <summary>A clock that always shows one moment, so stored times can be asserted exactly.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Moment = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public FixedTimeProvider()
        : this(Moment)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
