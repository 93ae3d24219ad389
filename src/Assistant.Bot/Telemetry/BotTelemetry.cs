using System.Diagnostics;
using System.Diagnostics.Metrics;
using BotActivity = Assistant.Channels.BotFramework.Schema.Activity;

namespace Assistant.Bot.Telemetry;

/// <summary>
/// The bot's traces and metrics: one span per turn, a turn counter, an error counter and a latency
/// histogram, tagged with activity type and channel only — never with message text.
/// </summary>
public sealed class BotTelemetry : IDisposable
{
    public const string Name = "Assistant.Bot";

    private static readonly ActivitySource Source = new(Name);
    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;

    public BotTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(Name);
        _turns = _meter.CreateCounter<long>("assistant.turns", description: "Turns handled");
        _errors = _meter.CreateCounter<long>("assistant.turn.errors", description: "Turns that failed and were apologised for");
        _duration = _meter.CreateHistogram<double>("assistant.turn.duration", unit: "ms", description: "Time to handle a turn");
    }

    public Activity? StartTurn(BotActivity activity)
    {
        var span = Source.StartActivity("bot.turn", ActivityKind.Internal);
        span?.SetTag("bot.activity.type", activity.Type);
        span?.SetTag("bot.channel", activity.ChannelId);
        return span;
    }

    public void TurnCompleted(BotActivity activity, TimeSpan elapsed, bool failed)
    {
        var tags = new TagList { { "activity.type", activity.Type }, { "channel", activity.ChannelId } };
        _turns.Add(1, tags);
        _duration.Record(elapsed.TotalMilliseconds, tags);
        if (failed)
        {
            _errors.Add(1, tags);
            Activity.Current?.SetStatus(ActivityStatusCode.Error);
        }
    }

    public void Dispose() => _meter.Dispose();
}
