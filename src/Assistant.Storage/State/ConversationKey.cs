namespace Assistant.Storage.State;

/// <summary>Names one conversation on one channel: the part of an incoming activity that state is kept by.</summary>
public sealed record ConversationKey
{
    /// <param name="channelId">The channel, e.g. <c>msteams</c> or <c>directline</c>; must not contain '/'.</param>
    /// <param name="conversationId">The channel's id of the conversation; opaque.</param>
    public ConversationKey(string channelId, string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);

        // Otherwise ("a/conversations/b", "c") and ("a", "b/conversations/c") would share one storage key.
        if (channelId.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A channel id must not contain '/'.", nameof(channelId));
        }

        ChannelId = channelId;
        ConversationId = conversationId;
    }

    public string ChannelId { get; }

    public string ConversationId { get; }

    /// <summary>The key in <see cref="IStorage"/>, in the Bot Framework SDK's form <c>{channelId}/conversations/{conversationId}</c>.</summary>
    public string StorageKey => $"{ChannelId}/conversations/{ConversationId}";

    public override string ToString() => StorageKey;
}
