using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.BotFramework.Schema;

namespace Assistant.Channels.DirectLine.Conversations;

/// <summary>
/// The Bot Connector of the embedded channel, for one turn: what the bot sends lands in the Direct
/// Line conversation the turn came from, whatever address the activity carries, so no turn can
/// write into another conversation. Bot activities are marked <c>from.role: "bot"</c> (how Web Chat
/// tells them apart); typing goes to the socket only and trace is dropped, as the SDK drops it
/// outside the Emulator.
/// </summary>
internal sealed class DirectLineConnector(
    DirectLineConversation conversation,
    DirectLineConversations conversations,
    ChannelAccount bot,
    ChannelAccount user,
    TimeProvider timeProvider) : IConnectorClient
{
    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The embedded Direct Line channel does not update sent activities.");

    public Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The embedded Direct Line channel does not delete sent activities.");

    private async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var now = timeProvider.GetUtcNow();
        var outgoing = activity with
        {
            Id = null,
            ChannelId = ChannelIds.Webchat,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = bot,
            Recipient = user,
        };
        switch (activity.Type)
        {
            case ActivityTypes.Trace:
                return new ResourceResponse(null);
            case ActivityTypes.Typing:
                conversation.Signal(outgoing, now);
                return new ResourceResponse(null);
            default:
                var stored = conversation.Append(outgoing, now);
                await conversations.PersistAsync(conversation, cancellationToken).ConfigureAwait(false);
                return new ResourceResponse(stored.Id);
        }
    }
}
