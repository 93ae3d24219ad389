namespace Assistant.Conversation.Replies;

/// <summary>A headed part of a reply, e.g. "Rettslig grunnlag" with its entries.</summary>
/// <param name="Heading">The heading, in bokmål.</param>
/// <param name="Items">The entries, in order.</param>
/// <param name="Style">How the entries are shown.</param>
public sealed record ReplySection(string Heading, IReadOnlyList<string> Items, ReplySectionStyle Style);
