using Assistant.TestSupport;

namespace Assistant.Cli.Tests.Commands;

public sealed class CliAppTests : IDisposable
{
    private readonly string _empty = Directory.CreateTempSubdirectory("cli-").FullName;

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("ask")]
    [InlineData("ask", "spørsmål", "--top", "mange")]
    [InlineData("ask", "spørsmål", "--unknown")]
    public void Run_WrongCommandLine_ExitsTwoWithAMessage(params string[] args)
    {
        var (exitCode, _, error) = CliRun.Run(args);

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("assistant --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ExitsZero()
    {
        var (exitCode, output, _) = CliRun.Run("--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("ask", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_KnowledgeRootSettingPointingNowhere_ExitsThreeWithoutAStackTrace()
    {
        var runtime = CliRun.Create(new Dictionary<string, string?> { ["Knowledge:Root"] = _empty }, _empty);

        var (exitCode, _, error) = CliRun.Run(runtime, "ask", "taushetsplikt");

        Assert.Equal(ExitCodes.BadContent, exitCode);
        Assert.Contains(_empty, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FromOutsideTheRepository_FindsTheCopyBesideTheProgram()
    {
        var runtime = CliRun.Create(new Dictionary<string, string?>(), _empty);

        var (exitCode, _, _) = CliRun.Run(runtime, "ask", "taushetsplikt");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "knowledge", "glossary.yaml")));
    }

    [Fact]
    public void Run_SettingPointsElsewhere_UsesThatFolder()
    {
        var runtime = CliRun.Create(new Dictionary<string, string?> { ["Knowledge:Root"] = RepositoryKnowledge.Root }, _empty);

        Assert.Equal(RepositoryKnowledge.Root, runtime.KnowledgeRoot.Value);
    }

    public void Dispose() => Directory.Delete(_empty, recursive: true);
}
