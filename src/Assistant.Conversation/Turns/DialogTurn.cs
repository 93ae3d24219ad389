namespace Assistant.Conversation.Turns;

/// <summary>A turn answered: the replies, and the state to keep for the next turn.</summary>
public sealed record DialogTurn(TurnResult Result, DialogState State);
