using Assistant.Knowledge.Model;

namespace Assistant.Conversation.Replies;

/// <summary>A quoted passage: the verbatim text, where it comes from, and its id.</summary>
public sealed record ReplyPassage(string PassageId, Citation Citation, string Text);
