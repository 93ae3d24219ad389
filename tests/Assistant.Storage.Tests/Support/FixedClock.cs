using Microsoft.Extensions.Time.Testing;

namespace Assistant.Storage.Tests.Support;

/// <summary>Clocks that show one known moment until told otherwise, so stored times can be asserted exactly.</summary>
public static class FixedClock
{
    public static readonly DateTimeOffset Moment = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public static FakeTimeProvider New() => new(Moment);
}
