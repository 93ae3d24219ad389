namespace Assistant.Conversation.Replies;

/// <summary>What a reply is, so a channel can choose how to show it.</summary>
public enum ReplyKind
{
    Welcome,
    Answer,
    NotCovered,
    Clarify,
    Apology,
}
