using Assistant.Conversation.Privacy;
using Assistant.Conversation.Replies;

namespace Assistant.Conversation.Turns;

/// <summary>
/// The outcome of one turn: the replies, and what may be logged about it. Message text is never
/// part of it: only kinds and counts.
/// </summary>
public sealed record TurnResult(IReadOnlyList<AssistantReply> Replies, IReadOnlyList<PersonalDataKind> PersonalDataFound, string Outcome);
