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

        var marked = Marked(words, spans);
        var bestStart = BestWindow(marked);

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

    /// <summary>Which words hold a matched span (words are in order and do not overlap).</summary>
    private static bool[] Marked(IReadOnlyList<(int Start, int End)> words, List<(int Start, int End)> spans)
    {
        var marked = new bool[words.Count];
        foreach (var (start, end) in spans)
        {
            // The first word ending after the span starts, then every word starting before it ends.
            int low = 0, high = words.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (words[middle].End > start)
                {
                    high = middle;
                }
                else
                {
                    low = middle + 1;
                }
            }

            for (var i = low; i < words.Count && words[i].Start < end; i++)
            {
                marked[i] = true;
            }
        }

        return marked;
    }

    /// <summary>The first window of <see cref="WindowWords"/> words that holds the most marked words.</summary>
    private static int BestWindow(bool[] marked)
    {
        var width = Math.Min(WindowWords, marked.Length);
        var count = 0;
        for (var i = 0; i < width; i++)
        {
            count += marked[i] ? 1 : 0;
        }

        var best = (Start: 0, Count: count);
        for (var start = 1; start + width <= marked.Length; start++)
        {
            count += (marked[start + width - 1] ? 1 : 0) - (marked[start - 1] ? 1 : 0);
            if (count > best.Count)
            {
                best = (start, count);
            }
        }

        return best.Start;
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
