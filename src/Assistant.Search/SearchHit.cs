using Assistant.Knowledge.Model;

namespace Assistant.Search;

/// <summary>One passage found for a question.</summary>
/// <param name="Rank">1 for the best hit.</param>
/// <param name="Passage">The passage, verbatim, with its citation.</param>
/// <param name="Score">The ranking score (only comparable within one question).</param>
/// <param name="Snippet">The densest part of the passage, matched words marked <c>**like this**</c>.</param>
public sealed record SearchHit(int Rank, Passage Passage, float Score, string Snippet);
