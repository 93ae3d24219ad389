using Assistant.Search.Analysis;
using Assistant.TestSupport;

namespace Assistant.Search.Tests.Analysis;

public class NorwegianLegalAnalyzerTests
{
    private static readonly AnalysisResources Resources = AnalysisResourcesLoader.Load(RepositoryKnowledge.Root, RepositoryKnowledge.Knowledge.Glossary);
    private static readonly NorwegianLegalAnalyzer Index = new(Resources, AnalyzerMode.Index);
    private static readonly NorwegianLegalAnalyzer Query = new(Resources, AnalyzerMode.Query);

    [Fact]
    public void Index_LawName_KeepsItsLawStemApartFromThePolice()
    {
        // The law keeps a stem of its own; its part "politi" is only an extra token at the same position.
        Assert.Equal(("politilov", 1), AnalyzerAssert.Tokens(Index, "politiloven")[0]);
        Assert.Equal(["politi"], AnalyzerAssert.Terms(Index, "politiet"));
        Assert.Equal(AnalyzerAssert.Terms(Index, "helsepersonelloven"), AnalyzerAssert.Terms(Index, "helsepersonellovens"));
    }

    [Theory]
    [InlineData("våpen", "våpnet")]
    [InlineData("våpen", "våpenet")]
    [InlineData("ambulansehelikopter", "ambulansehelikopteret")]
    [InlineData("rømt", "rømmer")]
    public void Index_FormsTheStemmerSplits_ShareOneStem(string one, string other)
    {
        Assert.Equal(AnalyzerAssert.Terms(Index, one)[0], AnalyzerAssert.Terms(Index, other)[0]);
    }

    [Fact]
    public void Index_Compound_AlsoYieldsItsParts()
    {
        var terms = AnalyzerAssert.Tokens(Index, "bistandsanmodningen");

        Assert.Equal(("bistandsanmodning", 1), terms[0]);
        Assert.Contains(("bistand", 0), terms);
        Assert.Contains(("anmodning", 0), terms);
    }

    [Fact]
    public void Index_WordsThatCarryMeaning_AreNotStopWords()
    {
        Assert.Contains("ikk", AnalyzerAssert.Terms(Index, "ikke"));
        Assert.Empty(AnalyzerAssert.Terms(Index, "og det er"));
    }

    [Fact]
    public void Index_NeverExpands()
    {
        Assert.Equal(["to"], AnalyzerAssert.Terms(Index, "TO"));
    }

    [Fact]
    public void Query_UppercaseAbbreviation_ExpandsBeforeLowercasing()
    {
        var terms = AnalyzerAssert.Terms(Query, "TO");

        Assert.Contains("observasjon", terms);
        Assert.Contains("tvung", terms);
    }

    [Fact]
    public void Query_LowercaseWordThatLooksLikeAnAbbreviation_IsNotExpanded()
    {
        Assert.DoesNotContain("observasjon", AnalyzerAssert.Terms(Query, "to pasienter"));
    }

    [Fact]
    public void Query_ColloquialPhraseOfStopWords_ExpandsBeforeTheStopFilter()
    {
        var terms = AnalyzerAssert.Terms(Query, "kan jeg si fra");

        Assert.Contains("opplysningsplikt", terms);
        Assert.DoesNotContain("si", terms);
    }

    [Fact]
    public void Query_LawAbbreviation_ExpandsToTheLawsName()
    {
        Assert.Contains("helsepersonellov", AnalyzerAssert.Terms(Query, "hpl"));
    }
}
