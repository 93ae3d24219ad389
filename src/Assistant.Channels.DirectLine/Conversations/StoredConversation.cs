namespace Assistant.Channels.DirectLine.Conversations;

/// <summary>
/// What survives a restart of a Direct Line conversation: who it belongs to and how far its
/// watermark has come. Not the activities, whose text may hold personal data; the bot's own state
/// never keeps message text either.
/// </summary>
internal sealed record StoredConversation(string Id, string UserId, long LastSequence, DateTimeOffset LastActive);
