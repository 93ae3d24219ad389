namespace Assistant.Channels.DirectLine.Tests.Support;

/// <summary>A started conversation as the client knows it.</summary>
internal sealed record DirectLineSession(string ConversationId, string Token, string StreamUrl);
