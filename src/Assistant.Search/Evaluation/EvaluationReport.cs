namespace Assistant.Search.Evaluation;

/// <summary>
/// Retrieval quality of one system on one gold set. Ranking figures are over the answerable
/// questions (a question the system declines scores 0); the no-answer figures over the rest.
/// </summary>
/// <param name="AnswerableDeclined">Answerable questions the system said it does not cover.</param>
/// <param name="UnanswerableAnswered">Unanswerable questions the system answered anyway.</param>
/// <param name="NoAnswerPrecision">Of the questions the system declined, the share that were truly not covered.</param>
public sealed record EvaluationReport(
    string System,
    int Answerable,
    int Unanswerable,
    double RecallAt1,
    double RecallAt3,
    double RecallAt5,
    double MrrAt10,
    double NdcgAt10,
    int AnswerableDeclined,
    int UnanswerableAnswered,
    double NoAnswerPrecision,
    IReadOnlyList<QuestionOutcome> Questions)
{
    /// <summary>The share of unanswerable questions that were answered (target: at most 1 in 20).</summary>
    public double UnanswerableAnsweredRate => Unanswerable == 0 ? 0 : (double)UnanswerableAnswered / Unanswerable;
}
