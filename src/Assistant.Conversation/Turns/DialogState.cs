using Assistant.Conversation.Replies;
using Assistant.Interviews.Walking;

namespace Assistant.Conversation.Turns;

/// <summary>
/// What a conversation carries from one turn to the next, channel-neutral and serialisable with
/// System.Text.Json: the interview in progress (answers as option indexes, never the user's words)
/// and the choices the assistant last offered, so that a typed "2" (or the second button's words)
/// picks the second. No message text is ever part of it.
/// </summary>
/// <param name="Interview">The interview in progress or just finished, if any.</param>
/// <param name="LastChoices">The choices of the assistant's last reply, in order.</param>
public sealed record DialogState(InterviewSession? Interview, IReadOnlyList<ReplyChoice> LastChoices)
{
    /// <summary>A conversation that has just begun.</summary>
    public static DialogState Empty { get; } = new(null, []);
}
