using Assistant.Bot.Turns;
using Assistant.Storage;
using Assistant.Storage.State;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task ConcurrentMessages_SameConversationWithSqlite_NoUpdateIsLost()
    {
        const int Messages = 24;
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = Path.Combine(_folder, "state.db") };
        await using var host = await BotTestHost.StartAsync(settings);

        // All at once, as a user double-sending or two devices would: each turn reads, changes and
        // writes the same conversation's state.
        var replies = await Task.WhenAll(Enumerable.Range(0, Messages)
            .Select(_ => host.ExpectRepliesAsync(Activities.Message("taushetsplikt", conversationId: "busy"))));

        Assert.All(replies, r => Assert.NotEmpty(r));
        var state = host.Services.GetRequiredService<ConversationState<ConversationMemory>>();
        var stored = await state.ReadAsync(new ConversationKey("webchat", "busy"));
        Assert.Equal(Messages, stored.State!.Turns);
    }

    [Fact]
    public async Task Message_StateOfAnOlderSchema_StartsTheConversationAfresh()
    {
        await using var host = await BotTestHost.StartAsync();
        var key = new ConversationKey("webchat", "old-release");
        var older = new ConversationState<ConversationMemory>(
            host.Services.GetRequiredService<IStorage>(), ConversationMemory.SchemaVersion - 1, TimeProvider.System);
        await older.WriteAsync(key, new ConversationMemory(41, ConversationMemory.Empty.Dialog), StoreETag.Absent);

        var replies = await host.ExpectRepliesAsync(Activities.Message("taushetsplikt", conversationId: "old-release"));

        Assert.NotEmpty(replies);
        var stored = await host.Services.GetRequiredService<ConversationState<ConversationMemory>>().ReadAsync(key);
        Assert.Equal(StateReadOutcome.Found, stored.Outcome);
        Assert.Equal(1, stored.State!.Turns);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
