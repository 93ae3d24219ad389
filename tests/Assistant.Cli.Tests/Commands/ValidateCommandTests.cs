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
        var copy = Directory.CreateTempSubdirectory("knowledge-").FullName;
        try
        {
            CopyFolder(RepositoryKnowledge.Root, copy);
            File.WriteAllText(Path.Combine(copy, "search", "section-terms.yaml"), "psykisk-helse:\n  \"99.9\": [finnes ikke]\n");
            var runtime = CliRun.Create(new Dictionary<string, string?> { ["Knowledge:Root"] = copy }, copy);

            var (exitCode, _, error) = CliRun.Run(runtime, "validate");

            Assert.Equal(ExitCodes.BadContent, exitCode);
            Assert.Contains("psykisk-helse:99.9", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
