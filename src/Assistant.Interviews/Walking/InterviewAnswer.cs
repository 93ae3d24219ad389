namespace Assistant.Interviews.Walking;

/// <summary>One answer given: which question, and which option by index. Never the user's words.</summary>
public sealed record InterviewAnswer(string NodeId, int OptionIndex);
