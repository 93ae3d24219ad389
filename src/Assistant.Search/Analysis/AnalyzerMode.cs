namespace Assistant.Search.Analysis;

/// <summary>Which side of the search an analyzer serves.</summary>
internal enum AnalyzerMode
{
    /// <summary>Passages: the text as written.</summary>
    Index,

    /// <summary>Questions: the text plus the expansions of abbreviations and colloquial phrases.</summary>
    Query,
}
