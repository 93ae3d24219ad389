namespace Assistant.Search;

/// <summary>The answer to one question: hits when answered, otherwise topics to suggest.</summary>
public sealed record SearchResult(
    string Query,
    SearchOutcome Outcome,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<string> SuggestedTopics)
{
    /// <summary>The share of the question's weight the best passage covers (0 when nothing was found).</summary>
    public float Coverage { get; init; }
}
