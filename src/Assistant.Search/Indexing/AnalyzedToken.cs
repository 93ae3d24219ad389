namespace Assistant.Search.Indexing;

/// <summary>One token of an <see cref="AnalyzedText"/>: the term, and its start and end offset in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Start, int End);
