using System.Text.RegularExpressions;
using Assistant.Knowledge.Model;
using Assistant.TestSupport;

namespace Assistant.Knowledge.Tests.Loading;

public partial class KnowledgeLoaderTests
{
    private static KnowledgeBase Knowledge => RepositoryKnowledge.Knowledge;

    [Fact]
    public void Load_RepositoryKnowledge_HasTheFiveDocumentsByKey()
    {
        Assert.Equal(["ambulanse", "lokalpoliti", "psykisk-helse", "rus", "siv-rutine"], Knowledge.Documents.Select(d => d.Key));
    }

    [Theory]
    [InlineData("psykisk-helse", new[] { "1", "2", "2.1", "2.2", "3", "4", "4.1", "4.2", "5", "6", "7", "7.1", "7.2", "7.3", "8", "8.1", "8.2", "9", "10", "11", "11.1", "11.2", "11.3", "11.4" })]
    [InlineData("ambulanse", new[] { "1.1", "1.2", "1.3", "1.4", "1.4.1", "1.4.2", "1.4.3", "1.4.4", "1.5", "1.6" })]
    [InlineData("siv-rutine", new[] { "1", "2", "3", "3.1", "3.2", "3.3", "4", "5", "6", "7" })]
    public void Load_NumberedDocument_HasItsOwnSectionNumbersInOrder(string key, string[] numbers)
    {
        var document = Knowledge.Documents.Single(d => d.Key == key);

        Assert.Equal(numbers, document.Sections.Where(s => s.Number is not null).Select(s => s.Number));
    }

    [Fact]
    public void Load_UnnumberedParts_AreLabelledByHeading()
    {
        Assert.True(Knowledge.TryGetSection(new SectionRef("lokalpoliti", "Om politiet"), out _));
        Assert.True(Knowledge.TryGetSection(new SectionRef("ambulanse", "VEDLEGG – OVERSIKT NASJONALE AMBULANSERESSURSER"), out _));
        Assert.True(Knowledge.TryGetSection(new SectionRef("lokalpoliti", "20 nye tjenestesteder"), out _));
    }

    [Fact]
    public void Load_EveryPassage_HasAStableIdAndText()
    {
        Assert.All(Knowledge.Passages, p =>
        {
            Assert.Matches(PassageIdPattern(), p.Id);
            Assert.StartsWith(p.Citation.DocumentKey + "/", p.Id, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.Text));
        });
        Assert.True(Knowledge.TryGetPassage("psykisk-helse/11.3/1", out var passage));
        Assert.Equal("11.3", passage.Citation.Section);
    }

    [Fact]
    public void Load_Passages_StayWithinTheSizeOfAQuotation()
    {
        Assert.All(Knowledge.Passages, p => Assert.InRange(Assistant.Knowledge.Loading.DocumentBuilder.CountWords(p.Text), 1, 400));
    }

    [Fact]
    public void Load_Psykiskhelse_EndsInsidePst()
    {
        var last = Knowledge.Documents.Single(d => d.Key == "psykisk-helse").Sections[^1];

        Assert.Equal("11.4", last.Label);
        Assert.Contains("PST", last.Heading, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[a-z-]+/[a-z0-9.\-]+/\d+$")]
    private static partial Regex PassageIdPattern();
}
