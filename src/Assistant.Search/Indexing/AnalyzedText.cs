using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Search.Indexing;

/// <summary>
/// A text as the index analyzer saw it: each token with where it stands in the text. Passages are
/// analysed once when the index is built, so marking a hit's matched words costs a look-up, not
/// another run of the analysis chain.
/// </summary>
internal sealed record AnalyzedText(IReadOnlyList<AnalyzedToken> Tokens)
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
        return new AnalyzedText(tokens);
    }

    public IEnumerable<string> Terms => Tokens.Select(t => t.Term);
}
