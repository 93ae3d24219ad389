using Assistant.Channels.BotFramework.Schema;
using Assistant.Channels.DirectLine.Streaming;

namespace Assistant.Channels.DirectLine.Conversations;

/// <summary>
/// One live conversation: its most recent activities, numbered in arrival order (the number is the
/// watermark), and the one WebSocket reading it. All changes happen under one lock, so the order an
/// activity gets its number in is the order every reader sees.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly LinkedList<(long Sequence, Activity Activity)> _activities = new();
    private readonly int _capacity;
    private DateTimeOffset _lastTimestamp;
    private StreamSubscriber? _subscriber;

    public DirectLineConversation(StoredConversation stored, int capacity)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Id = stored.Id;
        UserId = stored.UserId;
        LastSequence = stored.LastSequence;
        LastActive = stored.LastActive;
        _lastTimestamp = stored.LastActive;
        _capacity = capacity;
    }

    public string Id { get; }

    public string UserId { get; }

    public long LastSequence { get; private set; }

    public DateTimeOffset LastActive { get; private set; }

    /// <summary>Serializes writes of this conversation's durable record, so the newest always lands last.</summary>
    public SemaphoreSlim PersistLock { get; } = new(1, 1);

    public StoredConversation Snapshot()
    {
        lock (_gate)
        {
            return new StoredConversation(Id, UserId, LastSequence, LastActive);
        }
    }

    /// <summary>True when <paramref name="watermark"/> is empty or a number this conversation has handed out.</summary>
    public bool TryParseWatermark(string? watermark, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(watermark))
        {
            return true;
        }

        lock (_gate)
        {
            // NumberStyles.None: ASCII digits only, no sign, spaces or separators; overflow fails.
            return long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value)
                && value <= LastSequence;
        }
    }

    /// <summary>
    /// Gives the activity the next number, an id, and a timestamp later than every earlier one (Web
    /// Chat orders by timestamp), keeps it, and pushes it to the socket.
    /// </summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var sequence = ++LastSequence;
            var timestamp = now > _lastTimestamp ? now : _lastTimestamp.AddMilliseconds(1);
            _lastTimestamp = timestamp;
            LastActive = now;
            var stamped = activity with
            {
                Id = $"{Id}|{sequence.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)}",
                Timestamp = timestamp,
            };
            _activities.AddLast((sequence, stamped));
            while (_activities.Count > _capacity)
            {
                _activities.RemoveFirst();
            }

            _subscriber?.TryPush(new ActivitySet([stamped], Watermark));
            return stamped;
        }
    }

    /// <summary>Pushes an activity to the socket only (typing): not numbered, not kept, never polled.</summary>
    public void Signal(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            LastActive = now;
            _subscriber?.TryPush(new ActivitySet([activity with { Timestamp = now }], Watermark));
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            LastActive = now;
        }
    }

    public ActivitySet After(long watermark)
    {
        lock (_gate)
        {
            return new ActivitySet(Since(watermark), Watermark);
        }
    }

    /// <summary>
    /// Makes <paramref name="subscriber"/> the conversation's socket, first handing it everything
    /// after <paramref name="watermark"/>; in the same lock, so nothing is missed or sent twice. A
    /// socket already open is closed: the newest wins, as a reloaded page's old socket may linger.
    /// </summary>
    public StreamSubscriber? Attach(StreamSubscriber subscriber, long watermark)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        lock (_gate)
        {
            var backlog = Since(watermark);
            if (backlog.Length > 0)
            {
                subscriber.TryPush(new ActivitySet(backlog, Watermark));
            }

            var previous = _subscriber;
            _subscriber = subscriber;
            return previous;
        }
    }

    public void Detach(StreamSubscriber subscriber)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_subscriber, subscriber))
            {
                _subscriber = null;
            }
        }
    }

    public StreamSubscriber? DetachAll()
    {
        lock (_gate)
        {
            var previous = _subscriber;
            _subscriber = null;
            return previous;
        }
    }

    // Callers hold _gate.
    private Activity[] Since(long watermark) =>
        _activities.Where(a => a.Sequence > watermark).Select(a => a.Activity).ToArray();

    private string Watermark => LastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
