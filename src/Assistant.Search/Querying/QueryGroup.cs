namespace Assistant.Search.Querying;

/// <summary>
/// The words at one position of a question: the word itself, its compound parts, its expansions
/// and spelling corrections. A passage matches the group if it contains any of them.
/// </summary>
/// <param name="Terms">The alternatives, the strongest first.</param>
/// <param name="IsExpansion">True when every word came from an expansion (it adds score but is not asked for).</param>
internal sealed record QueryGroup(IReadOnlyList<QueryTerm> Terms, bool IsExpansion)
{
    /// <summary>The word as asked (weight 1), when the group has one.</summary>
    public QueryTerm? Original => Terms.FirstOrDefault(t => t.Weight >= 1f);

    /// <summary>
    /// The expansions of a phrase this word is a later word of ("gjelder" in "fra når gjelder"). They
    /// are searched at the phrase's first word; here they only tell the coverage check that a passage
    /// holding them answers this word too.
    /// </summary>
    public IReadOnlyList<QueryTerm> PhraseExpansions { get; init; } = [];
}
