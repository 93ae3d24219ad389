using Assistant.Knowledge.Model;
using Assistant.TestSupport;

namespace Assistant.Knowledge.Tests.Model;

public class GlossaryTests
{
    private static Glossary Glossary => RepositoryKnowledge.Knowledge.Glossary;

    [Theory]
    [InlineData("TPH")]
    [InlineData("TO")]
    [InlineData("TUD")]
    [InlineData("TL")]
    [InlineData("PLIVO")]
    [InlineData("AMK")]
    [InlineData("AMK-LA")]
    [InlineData("FKS")]
    [InlineData("HRS")]
    [InlineData("DPS")]
    [InlineData("ACT")]
    [InlineData("FACT")]
    [InlineData("TSB")]
    [InlineData("SLT")]
    [InlineData("PST")]
    [InlineData("PO")]
    [InlineData("hpl")]
    [InlineData("phvl")]
    [InlineData("pbrl")]
    [InlineData("strl")]
    public void TryFind_TermUsersType_HasAnExpansion(string term)
    {
        Assert.True(Glossary.TryFind(term, out var entry));
        Assert.False(string.IsNullOrWhiteSpace(entry.Expansion));
    }

    [Fact]
    public void TryFind_CaseSensitiveAbbreviation_DoesNotMatchTheOrdinaryWord()
    {
        Assert.True(Glossary.TryFind("TO", out var entry));
        Assert.Equal("tvungen observasjon", entry.Expansion);
        Assert.False(Glossary.TryFind("to", out _));
    }

    [Fact]
    public void TryFind_OrdinaryAbbreviation_MatchesAnyCase()
    {
        Assert.True(Glossary.TryFind("HPL", out var entry));
        Assert.Equal("helsepersonelloven", entry.Expansion);
    }

    [Fact]
    public void Entries_WithCitation_CiteExistingSections()
    {
        Assert.All(Glossary.Entries.Where(e => e.Cite is not null), e => Assert.True(RepositoryKnowledge.Knowledge.TryGetSection(e.Cite!, out _), e.Term));
    }
}
