namespace Assistant.Conversation.Replies;

/// <summary>
/// One message from the assistant, channel-neutral: each channel renders it its own way
/// (Markdown for Web Chat, an Adaptive Card for Teams, numbered plain text for the CLI).
/// </summary>
/// <param name="Kind">What the reply is.</param>
/// <param name="Lead">The first sentence(s), in bokmål.</param>
/// <param name="Notices">Warnings shown before everything else (e.g. personal data was removed).</param>
/// <param name="Passages">Quoted passages with their citations, best first.</param>
/// <param name="Bullets">A list to show after the lead (topics, what the assistant can do).</param>
/// <param name="Footer">A closing remark (e.g. that the assessment is the user's own).</param>
/// <param name="Choices">Buttons or suggested actions, in the order a typed number picks them.</param>
public sealed record AssistantReply(
    ReplyKind Kind,
    string Lead,
    IReadOnlyList<string> Notices,
    IReadOnlyList<ReplyPassage> Passages,
    IReadOnlyList<string> Bullets,
    string? Footer,
    IReadOnlyList<ReplyChoice> Choices)
{
    /// <summary>A heading shown before the lead: the interview's title, or an outcome's verdict.</summary>
    public string? Title { get; init; }

    /// <summary>Headed lists shown after the lead and before the passages (legal basis, steps, caveats).</summary>
    public IReadOnlyList<ReplySection> Sections { get; init; } = [];
}
