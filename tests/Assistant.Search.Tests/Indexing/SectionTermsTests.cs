using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;
using Assistant.Search.Analysis;
using Assistant.Search.Indexing;
using Assistant.Search.Querying;
using Assistant.TestSupport;

namespace Assistant.Search.Tests.Indexing;

public class SectionTermsTests
{
    private static KnowledgeBase Knowledge => RepositoryKnowledge.Knowledge;

    [Fact]
    public void Parse_SectionTheKnowledgeBaseLacks_ThrowsNamingIt()
    {
        const string Yaml = """
            psykisk-helse:
              "11.3": [si fra]
              "99.9": [finnes ikke]
            """;

        var error = Assert.Throws<FormatException>(() => SectionTerms.Parse(Yaml, Knowledge));

        Assert.Contains("psykisk-helse:99.9", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("11.3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MalformedSectionTermsFile_ThrowsKnowledgeException()
    {
        using var copy = new KnowledgeCopy();
        File.WriteAllText(copy.PathOf("search", SectionTerms.FileName), "psykisk-helse: [unclosed");

        var error = Assert.Throws<KnowledgeException>(() => SearchEngine.Create(Knowledge, copy.Root, new SearchOptions()));
        Assert.Contains(SectionTerms.FileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnnumberedSection_IsKeyedByItsHeading()
    {
        const string Yaml = """
            lokalpoliti:
              "Flere passkontorer": [pass, ventetid på pass]
            """;

        var terms = SectionTerms.Parse(Yaml, Knowledge);

        Assert.Equal("pass\nventetid på pass", terms.TextOf(new SectionRef("lokalpoliti", "Flere passkontorer")));
        Assert.Equal("", terms.TextOf(new SectionRef("lokalpoliti", "Flere politibiler")));
    }

    [Fact]
    public void Parse_SectionWithAnEmptyListOrNoValue_HasNoTerms()
    {
        var terms = SectionTerms.Parse("siv-rutine:\n  \"1\": []\n  \"2\":\n  \"3\": [rutine]\n", Knowledge);

        Assert.Equal("", terms.TextOf(new SectionRef("siv-rutine", "1")));
        Assert.Equal("", terms.TextOf(new SectionRef("siv-rutine", "2")));
        Assert.Equal("rutine", terms.TextOf(new SectionRef("siv-rutine", "3")));
    }

    [Fact]
    public void Load_RepositoryFile_GivesEverySectionWithTextSomeTerms()
    {
        var terms = SectionTerms.Load(RepositoryKnowledge.Root, Knowledge);

        var without = Knowledge.Passages
            .Select(p => p.SectionRef)
            .Distinct()
            .Where(section => terms.TextOf(section).Length == 0)
            .ToArray();
        Assert.Empty(without);
    }

    [Fact]
    public void Search_WordOnlyInASectionsTerms_FindsThatSection()
    {
        // "nattevakt" occurs in no circular; given to 8.2 only, it must lead there and nowhere else.
        var section = new SectionRef("psykisk-helse", "8.2");
        var withTerm = Searcher(SectionTerms.Parse("psykisk-helse:\n  \"8.2\": [nattevakt]\n", Knowledge));

        var result = withTerm.Search("nattevakt", 5);

        Assert.Equal(SearchOutcome.Answered, result.Outcome);
        Assert.Equal(section, Assert.Single(result.Hits).Passage.SectionRef);
        Assert.Equal(SearchOutcome.NotCovered, Searcher(SectionTerms.Empty).Search("nattevakt", 5).Outcome);
    }

    [Fact]
    public void Search_MisspeltSectionTerm_IsCorrectedToIt()
    {
        var withTerm = Searcher(SectionTerms.Parse("psykisk-helse:\n  \"8.2\": [nattevakten]\n", Knowledge));

        var result = withTerm.Search("nattevaketn", 5);

        Assert.Equal(new SectionRef("psykisk-helse", "8.2"), Assert.Single(result.Hits).Passage.SectionRef);
    }

    private static PassageSearcher Searcher(SectionTerms sectionTerms)
    {
        var resources = AnalysisResourcesLoader.Load(RepositoryKnowledge.Root, Knowledge.Glossary);
        var options = new SearchOptions();
        var index = PassageIndex.Build(Knowledge, resources, sectionTerms, options);
        return new PassageSearcher(index, new NorwegianLegalAnalyzer(resources, AnalyzerMode.Query), resources.QuestionWords, resources.CommonWords, [], options);
    }
}
