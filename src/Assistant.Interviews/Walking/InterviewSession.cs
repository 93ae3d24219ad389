namespace Assistant.Interviews.Walking;

/// <summary>
/// Where a user is in an interview, as stored between turns: the tree and its version, the
/// answers so far in order, and (while the user is changing an earlier answer) which one.
/// Everything else (the current node, the path) follows from replaying the answers.
/// </summary>
/// <param name="TreeId">The tree's id.</param>
/// <param name="TreeVersion">The version the answers were given against.</param>
/// <param name="Answers">The answers in the order given; each names the question it answers.</param>
/// <param name="Changing">The index in <paramref name="Answers"/> being changed, if any.</param>
public sealed record InterviewSession(string TreeId, string TreeVersion, IReadOnlyList<InterviewAnswer> Answers, int? Changing = null);
