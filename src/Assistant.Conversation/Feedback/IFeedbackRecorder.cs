namespace Assistant.Conversation.Feedback;

/// <summary>
/// Records the answer to "Var dette nyttig?" as a count per outcome: which tree, which outcome,
/// thumbs up or down. Never text, never who or which conversation.
/// </summary>
public interface IFeedbackRecorder
{
    void Record(string treeId, string outcomeId, bool useful);
}
