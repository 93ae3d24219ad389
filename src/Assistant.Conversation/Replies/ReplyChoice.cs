namespace Assistant.Conversation.Replies;

/// <summary>A button or suggested action: what it says, and what it sends back when chosen.</summary>
public sealed record ReplyChoice(string Title, string Value);
