using System.Text.Json;
using Assistant.TestSupport;

namespace Assistant.Cli.Tests.Commands;

public class ChatCommandTests
{
    [Fact]
    public void Chat_Script_PrintsTheWelcomeThenOneTurnPerLine()
    {
        var (exitCode, output, _) = CliRun.RunWithInput("Hva skal en bistandsanmodning inneholde?\n\nhvordan klager jeg på en parkeringsbot?\n", "chat", "--script", "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        var turns = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["Welcome", "Answer", "NotCovered"], turns.Select(t => t.GetProperty("kind").GetString()));
        Assert.Equal([0, 1, 2], turns.Select(t => t.GetProperty("turn").GetInt32()));
        Assert.Contains(turns[1].GetProperty("passages").EnumerateArray(), p => p.GetProperty("section").GetString() == "5");
    }

    [Fact]
    public void Chat_NumberWhereChoicesWereOffered_PicksThatChoice()
    {
        var (_, output, _) = CliRun.RunWithInput("1\n", "chat", "--script", "--json");

        var answer = JsonDocument.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]).RootElement;
        Assert.Equal("Answer", answer.GetProperty("kind").GetString());
    }

    [Fact]
    public void Chat_IdentityNumber_IsWarnedAboutAndNeverInTheTranscript()
    {
        var number = IdentityNumbers.Valid(seed: 5, count: 1).Single();

        var (_, output, _) = CliRun.RunWithInput($"pasient {number} truer naboen, kan jeg varsle politiet?\n", "chat", "--script");

        Assert.DoesNotContain(number, output, StringComparison.Ordinal);
        Assert.Contains("fødselsnummer", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_StartATree_WalksTheInterviewWithTypedNumbers()
    {
        var (exitCode, output, _) = CliRun.RunWithInput("start ambulanse\n1\ntilbake\n", "chat", "--script", "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        var turns = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["Welcome", "Question", "Question", "Note", "Question"], turns.Select(t => t.GetProperty("kind").GetString()));
        Assert.Contains("spørsmål 1", turns[^1].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_ExitWord_EndsTheSession()
    {
        var (exitCode, output, _) = CliRun.RunWithInput("avslutt\ntaushetsplikt\n", "chat", "--script", "--json");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
