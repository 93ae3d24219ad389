using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Assistant.Search.Indexing;

namespace Assistant.Search.Querying;

/// <summary>
/// Cuts the part of a passage that holds most of the question's words and marks them
/// <c>**like this**</c>, from the offsets of the passage's tokens that the question asked for.
/// </summary>
internal static partial class SnippetBuilder
{
    internal const int WindowWords = 40;

    /// <summary>Builds the snippet of a text not analysed before.</summary>
    public static string Build(Analyzer indexAnalyzer, string text, IReadOnlySet<string> queryTerms) =>
        Build(AnalyzedText.Of(indexAnalyzer, text), text, queryTerms);

    /// <summary>Builds the snippet of <paramref name="text"/>, which <paramref name="analyzed"/> is the analysis of.</summary>
    public static string Build(AnalyzedText analyzed, string text, IReadOnlySet<string> queryTerms)
    {
        ArgumentNullException.ThrowIfNull(analyzed);
        var spans = MatchedSpans(analyzed, queryTerms);
        var words = analyzed.Words;
        if (words.Count == 0)
        {
            return text;
        }

        var marked = new bool[words.Count];
        for (var i = 0; i < marked.Length; i++)
        {
            var (start, end) = words[i];
            marked[i] = spans.Exists(s => s.Start < end && s.End > start);
        }

        var bestStart = 0;
        var bestCount = -1;
        for (var start = 0; start < Math.Max(1, words.Count - WindowWords + 1); start++)
        {
            var count = 0;
            for (var i = start; i < Math.Min(words.Count, start + WindowWords); i++)
            {
                count += marked[i] ? 1 : 0;
            }

            if (count > bestCount)
            {
                (bestStart, bestCount) = (start, count);
            }
        }

        var last = Math.Min(words.Count, bestStart + WindowWords) - 1;
        var from = words[bestStart].Start;
        var to = words[last].End;
        var snippet = new StringBuilder();
        if (bestStart > 0)
        {
            snippet.Append("… ");
        }

        var position = from;
        foreach (var span in spans.Where(s => s.Start >= from && s.End <= to).OrderBy(s => s.Start))
        {
            if (span.Start < position)
            {
                continue;
            }

            snippet.Append(text, position, span.Start - position).Append("**").Append(text, span.Start, span.End - span.Start).Append("**");
            position = span.End;
        }

        snippet.Append(text, position, to - position);
        if (last < words.Count - 1)
        {
            snippet.Append(" …");
        }

        return WhiteSpace().Replace(snippet.ToString(), " ");
    }

    private static List<(int Start, int End)> MatchedSpans(AnalyzedText analyzed, IReadOnlySet<string> queryTerms)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var token in analyzed.Tokens)
        {
            if (queryTerms.Contains(token.Term) && (spans.Count == 0 || spans[^1].Start != token.Start))
            {
                spans.Add((token.Start, token.End));
            }
        }

        return spans;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
