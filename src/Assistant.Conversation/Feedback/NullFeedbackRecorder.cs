namespace Assistant.Conversation.Feedback;

/// <summary>Feedback goes nowhere: the CLI and tests, where there is nothing to count into.</summary>
public sealed class NullFeedbackRecorder : IFeedbackRecorder
{
    public static NullFeedbackRecorder Instance { get; } = new();

    public void Record(string treeId, string outcomeId, bool useful)
    {
    }
}
