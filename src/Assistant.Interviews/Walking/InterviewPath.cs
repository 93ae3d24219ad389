using Assistant.Interviews.Model;

namespace Assistant.Interviews.Walking;

/// <summary>A session replayed on its tree: the answered questions in order and the node reached.</summary>
public sealed record InterviewPath(InterviewTree Tree, IReadOnlyList<AnsweredStep> Steps, InterviewNode Current)
{
    /// <summary>The outcome reached, if the interview is finished.</summary>
    public OutcomeNode? Outcome => Current as OutcomeNode;

    /// <summary>The question waiting for an answer, if any.</summary>
    public QuestionNode? Question => Current as QuestionNode;
}
