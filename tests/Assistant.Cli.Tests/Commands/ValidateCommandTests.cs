using Assistant.TestSupport;

namespace Assistant.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_RepositoryKnowledge_IsFaithfulAndExitsZero()
    {
        var (exitCode, output, _) = CliRun.Run("validate");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("psykisk-helse:", output, StringComparison.Ordinal);
        Assert.Contains("0 sentences not in the original, 0 original lines missing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SectionTermsNamingAMissingSection_ExitsThreeNamingIt()
    {
        using var copy = new KnowledgeCopy();
        File.WriteAllText(copy.PathOf("search", "section-terms.yaml"), "psykisk-helse:\n  \"99.9\": [finnes ikke]\n");
        var runtime = CliRun.Create(new Dictionary<string, string?> { ["Knowledge:Root"] = copy.Root }, copy.Root);

        var (exitCode, _, error) = CliRun.Run(runtime, "validate");

        Assert.Equal(ExitCodes.BadContent, exitCode);
        Assert.Contains("psykisk-helse:99.9", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
