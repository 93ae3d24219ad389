namespace Assistant.Channels.BotFramework.Schema;

// Reply routing, rule for rule as Microsoft.Bot.Schema's Activity does it (4.23), so that moving to
// the official package changes nothing on the wire.
public sealed partial record Activity
{
    /// <summary>
    /// A message answering this activity, addressed back to its sender: <c>from</c> and
    /// <c>recipient</c> swapped (id and name only), the conversation's id, name and isGroup, the same
    /// channel, service URL and locale, <c>replyToId</c> set to this activity's id (except where the
    /// channel cannot take a reply to it), no id, empty text, attachment and entity lists.
    /// </summary>
    /// <param name="timeProvider">The clock for <see cref="Timestamp"/>, as the SDK stamps replies.</param>
    /// <param name="text">The reply's text; empty when null.</param>
    /// <param name="locale">The reply's locale; this activity's when null.</param>
    public Activity CreateReply(TimeProvider timeProvider, string? text = null, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Timestamp = timeProvider.GetUtcNow(),
            From = new ChannelAccount { Id = Recipient?.Id, Name = Recipient?.Name },
            Recipient = new ChannelAccount { Id = From?.Id, Name = From?.Name },
            ReplyToId = ReplyableId(),
            ServiceUrl = ServiceUrl,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { IsGroup = Conversation?.IsGroup, Id = Conversation?.Id, Name = Conversation?.Name },
            Text = text ?? string.Empty,
            Locale = locale ?? Locale,
            Attachments = [],
            Entities = [],
        };
    }

    /// <summary>
    /// Where this activity's conversation can be reached: the sender as user, the receiver as bot,
    /// the whole conversation, channel, locale and service URL, and this activity's id to reply to
    /// (none where the channel cannot take a reply to it).
    /// </summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = ReplyableId(),
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// The reference of an activity the bot sent in this conversation, from the connector's answer;
    /// keep it to update or delete that activity later.
    /// </summary>
    public ConversationReference GetReplyConversationReference(ResourceResponse reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return GetConversationReference() with { ActivityId = reply.Id };
    }

    /// <summary>
    /// A copy of this activity routed by <paramref name="reference"/>: channel, service URL and the
    /// whole conversation from the reference; its locale when it has one (the .NET SDK's rule — the
    /// JS SDK keeps the activity's own); outgoing (the default) from the bot to the user with
    /// <c>replyToId</c> = the reference's activity id when it has one; incoming the other way round
    /// with <c>id</c> = that activity id.
    /// </summary>
    /// <param name="reference">Usually <see cref="GetConversationReference"/> of the turn's incoming activity.</param>
    /// <param name="isIncoming">True to address the activity to the bot instead of from it.</param>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var routed = this with
        {
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            Locale = reference.Locale ?? Locale,
        };

        return isIncoming
            ? routed with { From = reference.User, Recipient = reference.Bot, Id = reference.ActivityId ?? Id }
            : routed with { From = reference.Bot, Recipient = reference.User, ReplyToId = reference.ActivityId ?? ReplyToId };
    }

    // Direct Line and Web Chat never show a conversationUpdate to the user, and Web Chat holds back a
    // message whose replyToId it has not seen (up to 5 s), so a welcome sent in reply to one would
    // be delayed. The SDK therefore leaves replyToId unset there; so do we.
    private string? ReplyableId()
    {
        var cannotReply = string.Equals(Type, ActivityTypes.ConversationUpdate, StringComparison.OrdinalIgnoreCase)
            && (string.Equals(ChannelId, ChannelIds.Directline, StringComparison.OrdinalIgnoreCase)
                || string.Equals(ChannelId, ChannelIds.Webchat, StringComparison.OrdinalIgnoreCase));
        return cannotReply ? null : Id;
    }
}
