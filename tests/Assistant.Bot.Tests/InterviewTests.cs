using System.Text.Json.Nodes;

namespace Assistant.Bot.Tests;

public sealed class InterviewTests
{
    [Fact]
    public async Task Interview_AcrossTurns_ContinuesFromTheStoredState()
    {
        await using var host = await BotTestHost.StartAsync();

        var first = Assert.Single(await host.ExpectRepliesAsync(Activities.Message("start ambulanse", conversationId: "interview-1")))!;
        var second = await host.ExpectRepliesAsync(Activities.Message("1", conversationId: "interview-1"));

        Assert.Contains("Hva gjelder saken?", (string?)first["text"], StringComparison.Ordinal);
        Assert.DoesNotContain("Hva gjelder saken?", (string?)second[^1]!["text"], StringComparison.Ordinal);
        Assert.Contains("spørsmål 2", (string?)second[^1]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_AnswerButtons_AreMessageBackActionsThatShowTheTitle()
    {
        await using var host = await BotTestHost.StartAsync();

        var question = Assert.Single(await host.ExpectRepliesAsync(Activities.Message("start ambulanse", conversationId: "interview-2")))!;
        var action = question["suggestedActions"]!["actions"]!.AsArray()[0]!;
        var click = Activities.Message("", conversationId: "interview-2");
        click.Remove("text");
        click["value"] = JsonNode.Parse(action["value"]!.ToJsonString());
        var next = await host.ExpectRepliesAsync(click);

        Assert.Equal("messageBack", (string?)action["type"]);
        Assert.Equal((string?)action["title"], (string?)action["displayText"]);
        Assert.Contains("spørsmål 2", (string?)next[^1]!["text"], StringComparison.Ordinal);
    }
}
