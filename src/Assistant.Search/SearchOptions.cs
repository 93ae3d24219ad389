namespace Assistant.Search;

/// <summary>
/// Settings of the search, bound to the <c>Search</c> section. The defaults are the values tuned on
/// <c>knowledge/eval/tuning.yaml</c>; the held-out set was never used to choose them.
/// </summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; set; } = 1.2f;

    /// <summary>BM25 length normalisation; passages vary in length, so lower than Lucene's 0.75.</summary>
    public float B { get; set; } = 0.5f;

    /// <summary>Weight of a match in the section's own heading, relative to the passage text.</summary>
    public float HeadingBoost { get; set; } = 1.5f;

    /// <summary>Weight of a match in the headings above the section and the document title.</summary>
    public float ContextBoost { get; set; } = 0.8f;

    /// <summary>Weight of a match in the words users type for the section (<c>section-terms.yaml</c>).</summary>
    public float SectionTermsBoost { get; set; } = 1f;

    /// <summary>Share of the best field's score that the other fields add (DisMax tie-breaker).</summary>
    public float FieldTieBreaker { get; set; } = 0.3f;

    /// <summary>Weight of a word that came from expanding an abbreviation or colloquial phrase.</summary>
    public float SynonymWeight { get; set; } = 0.6f;

    /// <summary>Weight of a part split off a compound word.</summary>
    public float SubwordWeight { get; set; } = 0.5f;

    /// <summary>Weight of a spelling-corrected word.</summary>
    public float FuzzyWeight { get; set; } = 0.8f;

    /// <summary>Weight of a legal reference ("hpl § 23 nr. 4") that names its statute.</summary>
    public float ReferenceBoost { get; set; } = 3.0f;

    /// <summary>
    /// The least share (by rarity) of the question's words that the best passage must contain for
    /// the assistant to answer; below it the question is "not covered".
    /// </summary>
    public float MinCoverage { get; set; } = 0.55f;

    /// <summary>
    /// How much a passage that holds only a part of a compound word ("helse" of "Helsetilsynet")
    /// counts towards covering that word.
    /// </summary>
    public float PartCredit { get; set; } = 0.5f;

    /// <summary>
    /// How much a word of the question counts as covered when the best passage lacks it but other
    /// passages hold it (or it is an everyday word): on the tuning questions such words weighed as
    /// much in questions the sources answer as in those they do not, while words no passage holds
    /// weighed three times as much in the latter.
    /// </summary>
    public float KnownWordCredit { get; set; } = 0.5f;

    /// <summary>Questions longer than this are refused with a clear message rather than searched.</summary>
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>How many passages an answer shows when the caller does not say.</summary>
    public int DefaultTop { get; set; } = 3;
}
