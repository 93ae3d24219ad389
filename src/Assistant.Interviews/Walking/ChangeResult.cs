namespace Assistant.Interviews.Walking;

/// <summary>An earlier answer changed: the new session, and how many later answers survived.</summary>
/// <param name="Session">The session with the changed answer and the later answers still on the path.</param>
/// <param name="Kept">Later answers kept because their question is still on the path.</param>
/// <param name="Dropped">Later answers dropped because their question no longer applies.</param>
public sealed record ChangeResult(InterviewSession Session, int Kept, int Dropped);
