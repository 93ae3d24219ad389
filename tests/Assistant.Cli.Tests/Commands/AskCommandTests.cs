using System.Text.Json;

namespace Assistant.Cli.Tests.Commands;

public class AskCommandTests
{
    [Fact]
    public void Ask_CoveredQuestion_PrintsPassagesWithCitationsAndExitsZero()
    {
        var (exitCode, output, _) = CliRun.Run("ask", "Hva skal en bistandsanmodning inneholde?");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("1. Helsetjenestens og politiets ansvar", output, StringComparison.Ordinal);
        Assert.Contains("punkt 5 Bistandsanmodningen", output, StringComparison.Ordinal);
        Assert.Contains("[psykisk-helse/5/", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_Json_KeepsTheContractsNames()
    {
        var (exitCode, output, _) = CliRun.Run("ask", "taushetsplikt overfor politiet", "--json", "--top", "2");

        Assert.Equal(ExitCodes.Success, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["query", "hits"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("taushetsplikt overfor politiet", json.RootElement.GetProperty("query").GetString());
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToArray();
        Assert.Equal(2, hits.Length);
        Assert.All(hits, hit => Assert.Equal(
            ["rank", "doc", "section", "heading", "passageId", "score", "text", "snippet"],
            hit.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(1, hits[0].GetProperty("rank").GetInt32());
        Assert.StartsWith(hits[0].GetProperty("doc").GetString() + "/", hits[0].GetProperty("passageId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_JsonForUncoveredQuestion_HasNoHitsAndExitsOne()
    {
        var (exitCode, output, _) = CliRun.Run("ask", "hvordan klager jeg på en parkeringsbot?", "--json");

        Assert.Equal(ExitCodes.NotCovered, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Empty(json.RootElement.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public void Ask_UncoveredQuestion_SaysSoAndSuggestsTopics()
    {
        var (exitCode, output, _) = CliRun.Run("ask", "hvordan klager jeg på en parkeringsbot?");

        Assert.Equal(ExitCodes.NotCovered, exitCode);
        Assert.Contains("dekker ikke kildene", output, StringComparison.Ordinal);
        Assert.Contains("Jeg kan svare på spørsmål om:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("? * \" ( ) : ~ ^ AND")]
    public void Ask_NothingToSearch_AnswersClearlyWithoutAStackTrace(string question)
    {
        var (exitCode, output, error) = CliRun.Run("ask", question);

        Assert.Equal(ExitCodes.NotCovered, exitCode);
        Assert.Contains("Jeg fant ingen ord å søke etter", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_HugeQuestion_IsRefusedWithTheLimit()
    {
        var (exitCode, output, _) = CliRun.Run("ask", new string('x', 100_000));

        Assert.Equal(ExitCodes.NotCovered, exitCode);
        Assert.Contains("for langt (1000 tegn", output, StringComparison.Ordinal);
    }
}
