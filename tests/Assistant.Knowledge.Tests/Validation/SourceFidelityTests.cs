using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Validation;
using Assistant.TestSupport;

namespace Assistant.Knowledge.Tests.Validation;

public class SourceFidelityTests
{
    public static TheoryData<string> DocumentKeys => new() { "ambulanse", "lokalpoliti", "psykisk-helse", "rus", "siv-rutine" };

    [Theory]
    [MemberData(nameof(DocumentKeys))]
    public void Check_CleanedSource_IsTheOriginalsWordingBothWays(string key)
    {
        var (cleaned, raw) = Read(key);

        var report = SourceFidelity.Check(cleaned, raw);

        Assert.Empty(report.NotInRaw);
        Assert.Empty(report.MissingFromCleaned);
    }

    [Theory]
    [MemberData(nameof(DocumentKeys))]
    public void Check_CleanedSource_DeclaresLittleAsNoise(string key)
    {
        var (cleaned, raw) = Read(key);
        var noise = SourceMarkdownParser.Parse(cleaned).FrontMatter.Noise;

        var kept = SourceFidelity.Skeleton(SourceFidelity.RemoveNoise(raw, noise)).Length;

        // Link lists, page numbers and footers are a fraction of a document, never most of it.
        Assert.True(kept > 0.8 * SourceFidelity.Skeleton(raw).Length, $"{key}: noise removes too much");
    }

    [Fact]
    public void Check_AlteredWord_IsReported()
    {
        var (cleaned, raw) = Read("siv-rutine");
        var altered = cleaned.Replace("Lederlinjen har overordnet ansvar.", "Lederlinjen har ikke ansvar.", StringComparison.Ordinal);

        var report = SourceFidelity.Check(altered, raw);

        Assert.Contains("Lederlinjen har ikke ansvar.", report.NotInRaw);
    }

    [Fact]
    public void Check_DroppedParagraph_IsReported()
    {
        var (cleaned, raw) = Read("siv-rutine");
        var dropped = cleaned.Replace("Helsepersonell har ansvar for å etterleve rutinen.", "", StringComparison.Ordinal);

        var report = SourceFidelity.Check(dropped, raw);

        Assert.Contains(report.MissingFromCleaned, line => line.Contains("etterleve rutinen", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RejoinedLineBreaksAndListMarkup_AreNotChanges()
    {
        const string raw = "Dette er en båtambulanse-\nressurs som\n• gjelder alle\n";

        var report = SourceFidelity.Check(Some.SourceMarkdown("Dette er en båtambulanseressurs som\n- gjelder alle"), raw);

        Assert.True(report.IsFaithful);
    }

    [Fact]
    public void Check_DeclaredNoise_IsIgnoredAndOnlyIt()
    {
        const string raw = "Første setning.\n12\nAndre setning.\n";

        Assert.True(SourceFidelity.Check(Some.SourceMarkdown("Første setning. Andre setning.", noise: [@"^\d+$"]), raw).IsFaithful);
        Assert.False(SourceFidelity.Check(Some.SourceMarkdown("Første setning. Andre setning."), raw).IsFaithful);
    }

    private static (string Cleaned, string Raw) Read(string key)
    {
        var cleaned = File.ReadAllText(RepositoryKnowledge.PathOf("sources", key + ".md"));
        var source = SourceMarkdownParser.Parse(cleaned).FrontMatter.Source;
        return (cleaned, File.ReadAllText(RepositoryKnowledge.PathOf("raw", source)));
    }
}
