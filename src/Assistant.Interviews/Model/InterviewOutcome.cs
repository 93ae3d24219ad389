namespace Assistant.Interviews.Model;

/// <summary>What the user is told at the end of an interview.</summary>
/// <param name="Verdict">Shown first.</param>
/// <param name="Headline">One bokmål sentence: the verdict in the user's situation.</param>
/// <param name="Basis">Law references ("helsepersonelloven § 22"), each found in the cited passages.</param>
/// <param name="Steps">What to do next, in order.</param>
/// <param name="Caveats">Limits and exceptions worth knowing.</param>
/// <param name="Cites">Passage ids, quoted verbatim under the outcome; at least one.</param>
/// <param name="AskWhom">Whom to ask when in doubt.</param>
/// <param name="Journal">A journalnotat template with placeholders, if the outcome has one.</param>
/// <param name="Checklist">What a request or form must contain; empty when not relevant.</param>
public sealed record InterviewOutcome(
    Verdict Verdict,
    string Headline,
    IReadOnlyList<string> Basis,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Caveats,
    IReadOnlyList<string> Cites,
    string AskWhom,
    string? Journal,
    IReadOnlyList<string> Checklist);
