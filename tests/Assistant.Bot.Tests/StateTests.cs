namespace Assistant.Bot.Tests;

public sealed class StateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bot-state-").FullName;

    [Fact]
    public async Task Restart_WithSqliteState_KeepsTheConversation()
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = Path.Combine(_folder, "state.db") };
        await using (var first = await BotTestHost.StartAsync(settings))
        {
            // Not covered: the reply offers example questions as choices, which the state remembers.
            var offered = Assert.Single(await first.ExpectRepliesAsync(Activities.Message("hvordan klager jeg på en parkeringsbot?")))!;
            Assert.NotEmpty(offered["suggestedActions"]!["actions"]!.AsArray());
        }

        await using var second = await BotTestHost.StartAsync(settings);
        var answer = Assert.Single(await second.ExpectRepliesAsync(Activities.Message("2")))!;

        Assert.Contains("Bistandsanmodningen", (string?)answer["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumberWithoutOfferedChoices_IsJustText()
    {
        await using var host = await BotTestHost.StartAsync();

        var reply = Assert.Single(await host.ExpectRepliesAsync(Activities.Message("2", conversationId: "fresh")))!;

        Assert.Contains("Jeg fant ingen ord å søke etter", (string?)reply["text"], StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
