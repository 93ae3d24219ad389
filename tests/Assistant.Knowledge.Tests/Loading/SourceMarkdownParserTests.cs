using Assistant.Knowledge.Loading;
using Assistant.TestSupport;

namespace Assistant.Knowledge.Tests.Loading;

public class SourceMarkdownParserTests
{
    [Fact]
    public void Parse_FrontMatter_ReadsEveryField()
    {
        var parsed = SourceMarkdownParser.Parse(Some.SourceMarkdown("Tekst.", noise: [@"^\d+$"]));

        Assert.Equal("test-doc", parsed.FrontMatter.Key);
        Assert.Equal("Testdokument", parsed.FrontMatter.Title);
        Assert.Equal("Testdirektoratet", parsed.FrontMatter.Issuer);
        Assert.Equal("2024", parsed.FrontMatter.Date);
        Assert.Equal("test.txt", parsed.FrontMatter.Source);
        Assert.Equal([@"^\d+$"], parsed.FrontMatter.Noise);
    }

    [Fact]
    public void Parse_WithoutFrontMatter_Throws()
    {
        Assert.Throws<FormatException>(() => SourceMarkdownParser.Parse("# 1 Innledning\n\nTekst."));
    }

    [Theory]
    [InlineData("# 4 Politiets bistandsplikt", 1, "4", "Politiets bistandsplikt")]
    [InlineData("## 4.2 Nærmere om bistandssituasjonene", 2, "4.2", "Nærmere om bistandssituasjonene")]
    [InlineData("### 1.4.1 Ambulansehelikopter", 3, "1.4.1", "Ambulansehelikopter")]
    [InlineData("# Om politiet", 1, null, "Om politiet")]
    [InlineData("## 20 nye tjenestesteder", 2, null, "20 nye tjenestesteder")]
    [InlineData("# 2.1 Feil dybde", 1, null, "2.1 Feil dybde")]
    public void Parse_Heading_NumberOnlyWhenDepthMatchesLevel(string line, int level, string? number, string title)
    {
        var heading = Assert.IsType<HeadingBlock>(Assert.Single(SourceMarkdownParser.Parse(Some.SourceMarkdown(line)).Blocks));

        Assert.Equal(level, heading.Level);
        Assert.Equal(number, heading.Number);
        Assert.Equal(title, heading.Title);
    }

    [Fact]
    public void Parse_ListsAndFootnotes_BecomeTheirOwnBlocks()
    {
        var blocks = SourceMarkdownParser.Parse(Some.SourceMarkdown("Innledning:\n- punkt en[^1]\n  - underpunkt\n\n[^1]: Fotnoten.")).Blocks;

        Assert.IsType<ParagraphBlock>(blocks[0]);
        var item = Assert.IsType<ListItemBlock>(blocks[1]);
        Assert.Equal((0, "punkt en[1]"), (item.Indent, item.Text));
        Assert.Equal(1, Assert.IsType<ListItemBlock>(blocks[2]).Indent);
        var note = Assert.IsType<FootnoteBlock>(blocks[3]);
        Assert.Equal(("1", "Fotnoten."), (note.Label, note.Text));
    }
}
