using Assistant.Search.Analysis;

namespace Assistant.Search.Tests.Analysis;

public class LegalReferenceExtractorTests
{
    [Theory]
    [InlineData("hpl 23 nr 4")]
    [InlineData("hpl. § 23 nr. 4")]
    [InlineData("helsepersonelloven § 23 nr. 4")]
    [InlineData("Helsepersonellova § 23 nr 4")]
    public void Extract_SpellingsOfOneReference_GiveTheSameKeys(string text)
    {
        var keys = LegalReferenceExtractor.Extract(text, lenient: true);

        Assert.Contains("hpl:23:4", keys);
        Assert.Contains("hpl:23", keys);
    }

    [Fact]
    public void Extract_Phvl_MatchesTheCircularsSpelling()
    {
        var question = LegalReferenceExtractor.Extract("phvl 3-6", lenient: true);
        var text = LegalReferenceExtractor.Extract("jf. psykisk helsevernloven § 3-6.", lenient: false);

        Assert.Contains("phvl:3-6", question);
        Assert.Contains("phvl:3-6", text);
    }

    [Fact]
    public void Extract_ChainedSections_BelongToTheNamedLaw()
    {
        var keys = LegalReferenceExtractor.Extract("Unntakene i hpl. §§ 23 nr. 4 og 31 gir ikke hjemmel", lenient: false);

        Assert.Contains("hpl:23:4", keys);
        Assert.Contains("hpl:31", keys);
    }

    [Fact]
    public void Extract_BareParagraphAfterALaw_BelongsToIt()
    {
        var keys = LegalReferenceExtractor.Extract("psykisk helsevernloven § 3-1, jf. § 3-2", lenient: false);

        Assert.Contains("phvl:3-2", keys);
    }

    [Theory]
    [InlineData("I 2023 kom 20 nye tjenestesteder.")]
    [InlineData("helsepersonelloven 2")]
    public void Extract_NumbersThatAreNotReferences_GiveNothingInText(string text)
    {
        Assert.Empty(LegalReferenceExtractor.Extract(text, lenient: false));
    }

    [Fact]
    public void Extract_BareParagraph_GivesTheLawlessKey()
    {
        Assert.Equal(["§:31"], LegalReferenceExtractor.Extract("§ 31", lenient: true));
    }
}
