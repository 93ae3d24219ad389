namespace Assistant.Interviews.Model;

/// <summary>A question with its answer options and why it is asked.</summary>
/// <param name="Question">The bokmål question.</param>
/// <param name="Why">"Hvorfor spør vi?": one to three plain sentences.</param>
/// <param name="Cites">Passage ids that support <paramref name="Why"/>.</param>
/// <param name="Options">Two or more; exactly one is the unsure option.</param>
public sealed record QuestionNode(
    string Id,
    string Question,
    string Why,
    IReadOnlyList<string> Cites,
    IReadOnlyList<InterviewOption> Options) : InterviewNode(Id);
