using Assistant.Conversation.Replies;

namespace Assistant.Bot.Turns;

/// <summary>
/// What the bot keeps about a conversation between turns. Never message text: only counts and the
/// choices the assistant itself last offered, so that a typed "2" can pick the second one.
/// </summary>
public sealed record ConversationMemory(int Turns, IReadOnlyList<ReplyChoice> LastChoices)
{
    /// <summary>Bumped whenever the shape changes, so state from another release is recognised.</summary>
    public const int SchemaVersion = 1;

    public static ConversationMemory Empty { get; } = new(0, []);
}
