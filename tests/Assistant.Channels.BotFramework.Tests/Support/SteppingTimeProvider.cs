using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.BotFramework.Tests.Support;

/// <summary>
/// A fake clock on which every wait ends at once: each timer's due time is recorded and the clock
/// is moved on by exactly that much, so retry tests can assert the delays asked for without sleeping.
/// </summary>
internal sealed class SteppingTimeProvider : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public SteppingTimeProvider(DateTimeOffset start)
        : base(start)
    {
    }

    public SteppingTimeProvider()
        : this(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>The due time of every timer created, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays => [.. _delays];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _delays.Enqueue(dueTime);

            // The timer is registered by now; advancing from another thread fires it without
            // re-entering the code that is still waiting for CreateTimer to return.
            _ = Task.Run(() => Advance(dueTime));
        }

        return timer;
    }
}
