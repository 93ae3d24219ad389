namespace Assistant.Interviews.Model;

/// <summary>One answer to a question.</summary>
/// <param name="Answer">The bokmål label, e.g. <c>Ja</c>.</param>
/// <param name="Next">The id of the node this answer leads to.</param>
/// <param name="Unsure">True for the one "usikker / vet ikke" option of each question.</param>
public sealed record InterviewOption(string Answer, string Next, bool Unsure);
