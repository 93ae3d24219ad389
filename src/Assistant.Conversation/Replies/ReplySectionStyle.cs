namespace Assistant.Conversation.Replies;

/// <summary>How a section's entries are shown.</summary>
public enum ReplySectionStyle
{
    /// <summary>A bulleted list.</summary>
    Bullets,

    /// <summary>A numbered list: steps in order.</summary>
    Numbered,

    /// <summary>Text to copy as it stands (a journalnotat): kept line by line, no list marks.</summary>
    Text,
}
