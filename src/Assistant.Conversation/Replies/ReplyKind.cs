namespace Assistant.Conversation.Replies;

/// <summary>What a reply is, so a channel can choose how to show it.</summary>
public enum ReplyKind
{
    Welcome,
    Answer,
    NotCovered,
    Clarify,
    Apology,

    /// <summary>A choice of role or interview.</summary>
    Menu,

    /// <summary>An interview's question with its options.</summary>
    Question,

    /// <summary>An interview's outcome: verdict, basis, steps, caveats, passages.</summary>
    Outcome,

    /// <summary>A short remark inside an interview (why, my answers, a journalnotat, a stale click).</summary>
    Note,
}
