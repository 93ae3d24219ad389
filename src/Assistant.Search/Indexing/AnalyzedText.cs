using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Search.Indexing;

/// <summary>
/// A text as the index analyzer saw it: each token with where it stands in the text. Passages are
/// analysed once when the index is built, so marking a hit's matched words costs a look-up, not
/// another run of the analysis chain. <see cref="Words"/> are the text's whitespace-separated
/// words, the units a snippet is cut in.
/// </summary>
internal sealed partial record AnalyzedText(IReadOnlyList<AnalyzedToken> Tokens, IReadOnlyList<(int Start, int End)> Words)
{
    public static AnalyzedText Of(Analyzer analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(PassageFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        var words = WordPattern().Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToArray();
        return new AnalyzedText(tokens, words);
    }

    public IEnumerable<string> Terms => Tokens.Select(t => t.Term);

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();
}
