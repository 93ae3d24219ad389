using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Assistant.Search.Tests.Analysis;

/// <summary>A small token-assert helper in the spirit of Lucene's BaseTokenStreamTestCase.</summary>
internal static class AnalyzerAssert
{
    /// <summary>The terms the analyzer produces for <paramref name="text"/>, with their position increments.</summary>
    public static IReadOnlyList<(string Term, int Increment)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }

    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text) => Tokens(analyzer, text).Select(t => t.Term).ToArray();
}
