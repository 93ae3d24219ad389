using Assistant.Channels.BotFramework.Schema;

namespace Assistant.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of the channel an activity came from: each call goes to the
/// activity's (or reference's) <c>serviceUrl</c>, with the bot's bearer token unless anonymous.
/// Throttling and gateway answers are retried; whatever still fails throws
/// <see cref="ConnectorException"/>, for the turn's error boundary to handle.
/// </summary>
public interface IConnectorClient
{
    /// <summary>
    /// <c>POST v3/conversations/{conversation.id}/activities/{replyToId}</c>: sends the activity as a
    /// reply to <see cref="Activity.ReplyToId"/>. The activity's own id is left out, as bots must not set one.
    /// </summary>
    /// <returns>The id the channel gave the reply (none when it gives none).</returns>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>POST v3/conversations/{conversation.id}/activities</c>: sends the activity to the end of the
    /// conversation. The activity's own id is left out.
    /// </summary>
    /// <returns>The id the channel gave the activity (none when it gives none).</returns>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>PUT v3/conversations/{conversation.id}/activities/{id}</c>: replaces the activity with this <see cref="Activity.Id"/>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// <c>DELETE v3/conversations/{conversation.id}/activities/{activityId}</c>: removes the activity
    /// the reference points to (see <see cref="Activity.GetReplyConversationReference"/>).
    /// </summary>
    Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default);
}
