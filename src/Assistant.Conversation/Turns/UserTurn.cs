namespace Assistant.Conversation.Turns;

/// <summary>What the user sent in one turn: typed text, or the value of a button they clicked.</summary>
public sealed record UserTurn(string? Text, string? ChoiceValue = null)
{
    /// <summary>The text to act on: a clicked value wins over typed text.</summary>
    public string Input => ChoiceValue ?? Text ?? "";
}
