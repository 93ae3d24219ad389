namespace Assistant.Interviews.Model;

/// <summary>Where an interview ends.</summary>
public sealed record OutcomeNode(string Id, InterviewOutcome Outcome) : InterviewNode(Id);
