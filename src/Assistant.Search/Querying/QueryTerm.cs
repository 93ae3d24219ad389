namespace Assistant.Search.Querying;

/// <summary>An analysed word of a question and how much a match on it counts.</summary>
/// <param name="Kind">Where the word came from; the coverage check trusts a part less than the word itself.</param>
internal sealed record QueryTerm(string Text, float Weight, TermKind Kind = TermKind.Word);

/// <summary>Where a term of a question's word group came from.</summary>
internal enum TermKind
{
    /// <summary>The word as asked.</summary>
    Word,

    /// <summary>A part split off a compound word.</summary>
    Part,

    /// <summary>An expansion of an abbreviation, a colloquial phrase or an English word.</summary>
    Expansion,

    /// <summary>A passage word one or two edits from a word no passage contains.</summary>
    Correction,
}
