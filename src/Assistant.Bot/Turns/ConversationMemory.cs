using Assistant.Conversation.Turns;

namespace Assistant.Bot.Turns;

/// <summary>
/// What the bot keeps about a conversation between turns. Never message text: a turn count and
/// the engine's <see cref="DialogState"/> (the interview's answers as option indexes, and the
/// choices the assistant itself last offered, so that a typed "2" can pick the second one).
/// </summary>
public sealed record ConversationMemory(int Turns, DialogState Dialog)
{
    /// <summary>
    /// Bumped whenever the shape changes, so state from another release is recognised.
    /// 2: the dialog state with the interview session replaced the bare list of last choices.
    /// </summary>
    public const int SchemaVersion = 2;

    public static ConversationMemory Empty { get; } = new(0, DialogState.Empty);
}
