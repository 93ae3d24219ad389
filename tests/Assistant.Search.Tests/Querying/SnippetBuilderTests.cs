using Assistant.Search.Analysis;
using Assistant.Search.Querying;
using Assistant.TestSupport;

namespace Assistant.Search.Tests.Querying;

public class SnippetBuilderTests
{
    private static readonly NorwegianLegalAnalyzer Analyzer = new(
        AnalysisResourcesLoader.Load(RepositoryKnowledge.Root, RepositoryKnowledge.Knowledge.Glossary),
        AnalyzerMode.Index);

    [Fact]
    public void Build_MarksEveryFormOfTheAskedWord()
    {
        var snippet = SnippetBuilder.Build(Analyzer, "Politiet skal varsles. Politiets bistand er nødvendig.", new HashSet<string> { "politi" });

        Assert.Equal("**Politiet** skal varsles. **Politiets** bistand er nødvendig.", snippet);
    }

    [Fact]
    public void Build_LongText_CutsAroundTheDensestPart()
    {
        var text = Some.Paragraph(100, "fyll") + " Her står taushetsplikt og taushetsplikten. " + Some.Paragraph(100, "mer");

        var snippet = SnippetBuilder.Build(Analyzer, text, new HashSet<string> { "taushetsplikt" });

        Assert.StartsWith("… ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Contains("**taushetsplikt**", snippet, StringComparison.Ordinal);
        Assert.Contains("**taushetsplikten**", snippet, StringComparison.Ordinal);
    }
}
