using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.BotFramework.Schema;

namespace Assistant.Bot.Adapter;

/// <summary>
/// One turn, as the SDK's <c>TurnContext</c>: the incoming activity, and the way to answer it.
/// With <c>deliveryMode: expectReplies</c> replies are collected and returned in the HTTP
/// response; otherwise each goes to the channel's Bot Connector at once.
/// </summary>
public sealed class TurnContext
{
    private readonly IConnectorClient _connector;
    private readonly TimeProvider _timeProvider;
    private readonly List<Activity> _buffered = [];

    internal TurnContext(Activity activity, IConnectorClient connector, TimeProvider timeProvider)
    {
        Activity = activity;
        _connector = connector;
        _timeProvider = timeProvider;
    }

    /// <summary>The incoming activity.</summary>
    public Activity Activity { get; }

    /// <summary>Set by the bot to answer an invoke activity; sent as the HTTP status and body.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>True when the channel asked for the replies in the HTTP response.</summary>
    public bool ExpectsReplies => string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    /// <summary>Replies collected for an <c>expectReplies</c> request.</summary>
    internal IReadOnlyList<Activity> BufferedReplies => _buffered;

    /// <summary>A reply to the incoming activity, addressed as the SDK addresses it.</summary>
    public Activity CreateReply(string? text = null) => Activity.CreateReply(_timeProvider, text);

    /// <summary>Sends one activity: buffers it for <c>expectReplies</c>, otherwise posts it to the channel.</summary>
    public async Task SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ExpectsReplies)
        {
            _buffered.Add(activity);
            return;
        }

        if (activity.ReplyToId is not null)
        {
            await _connector.ReplyToActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _connector.SendToConversationAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }
}
