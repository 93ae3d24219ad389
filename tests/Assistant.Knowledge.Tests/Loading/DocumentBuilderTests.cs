using Assistant.Knowledge.Loading;
using Assistant.TestSupport;

namespace Assistant.Knowledge.Tests.Loading;

public class DocumentBuilderTests
{
    private static Assistant.Knowledge.Model.SourceDocument Build(string body, string title = "Testdokument") =>
        DocumentBuilder.Build(SourceMarkdownParser.Parse(Some.SourceMarkdown(body, title: title)));

    [Fact]
    public void Build_NumberedSections_GetLabelsPathsAndIds()
    {
        var document = Build("# 4 Bistand\n\nFørste.\n\n## 4.2 Situasjoner\n\nAndre.");

        var section = document.Sections.Single(s => s.Label == "4.2");
        Assert.Equal(["4 Bistand", "4.2 Situasjoner"], section.Path);
        var passage = Assert.Single(section.Passages);
        Assert.Equal("test-doc/4.2/1", passage.Id);
        Assert.Equal("Andre.", passage.Text);
        Assert.Equal("Testdokument, punkt 4.2 Situasjoner", passage.Citation.ToString());
    }

    [Fact]
    public void Build_UnnumberedSection_IsLabelledByItsHeading()
    {
        var passage = Build("# Om politiet\n\nTekst.").Sections.Single().Passages.Single();

        Assert.Equal("Om politiet", passage.Citation.Section);
        Assert.True(passage.Citation.IsUnnumbered);
        Assert.Equal("test-doc/om-politiet/1", passage.Id);
        Assert.Equal("Testdokument, «Om politiet»", passage.Citation.ToString());
    }

    [Fact]
    public void Build_LongSection_SplitsIntoPassagesWithinTheWordLimit()
    {
        var body = "# 1 Lang\n\n" + string.Join("\n\n", Enumerable.Range(0, 8).Select(i => Some.Paragraph(60, $"w{i}x")));

        var passages = Build(body).Sections.Single().Passages;

        Assert.True(passages.Count > 1);
        Assert.All(passages, p => Assert.InRange(DocumentBuilder.CountWords(p.Text), 1, DocumentBuilder.MaxWords));
        Assert.Equal(Enumerable.Range(1, passages.Count).Select(i => $"test-doc/1/{i}"), passages.Select(p => p.Id));
    }

    [Fact]
    public void Build_LeadInAndItsList_StayInOnePassage()
    {
        var body = "# 1 Liste\n\n" + Some.Paragraph(90, "a") + "\n\nForespørselen må inneholde:\n- hvem\n- hva\n- når";

        var passages = Build(body).Sections.Single().Passages;

        Assert.Equal(2, passages.Count);
        Assert.Equal("Forespørselen må inneholde:\n\n- hvem\n- hva\n- når", passages[1].Text);
    }

    [Fact]
    public void Build_IntroductionBeforeHeadingThatRepeatsTheTitle_JoinsThatSection()
    {
        var document = Build("Ingress.\n\n# Testdokument\n\n## 1.1 Bakgrunn\n\nTekst.");

        Assert.Equal(["Testdokument", "1.1"], document.Sections.Select(s => s.Label));
        Assert.Equal("Ingress.", document.Sections[0].Passages.Single().Text);
    }

    [Fact]
    public void Build_IntroductionBeforeOtherHeading_IsItsOwnSectionNamedByTheTitle()
    {
        var document = Build("Ingress.\n\n# 1 Innledning\n\nTekst.");

        Assert.Equal(["Testdokument", "1"], document.Sections.Select(s => s.Label));
    }
}
