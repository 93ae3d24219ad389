namespace Assistant.Channels.DirectLine.Tokens;

/// <summary>What a valid token grants: one conversation, as one user.</summary>
internal sealed record TokenClaims(string ConversationId, string UserId);
