using Assistant.TestSupport;

namespace Assistant.Cli.Tests.Commands;

public class EvalCommandTests
{
    [Fact]
    public void Eval_GoldFile_PrintsEveryMetricForAssistantAndBaseline()
    {
        var (exitCode, output, _) = CliRun.Run("eval", RepositoryKnowledge.PathOf("eval", "tuning.yaml"));

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("assistant", output, StringComparison.Ordinal);
        Assert.Contains("baseline", output, StringComparison.Ordinal);
        foreach (var metric in new[] { "Recall@1", "Recall@3", "Recall@5", "MRR@10", "nDCG@10", "no-answer precision" })
        {
            Assert.Matches($@"{metric}\s+\d\.\d{{3}}\s+\d\.\d{{3}}", output);
        }
    }

    [Fact]
    public void Eval_MissingFile_ExitsThree()
    {
        var (exitCode, output, _) = CliRun.Run("eval", "/nowhere/gold.yaml");

        Assert.Equal(ExitCodes.BadContent, exitCode);
        Assert.Contains("Fant ikke filen", output, StringComparison.Ordinal);
    }
}
