using Assistant.Storage.Sqlite;
using Assistant.Storage.State;
using Assistant.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Assistant.Storage.Tests.Sqlite;

/// <summary>The storage contract on SQLite, plus what only a file can show: restarts and several writers on one file.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "assistant-storage-tests", Guid.NewGuid().ToString("N"));
    private readonly List<SqliteStorage> _opened = [];

    private string DatabasePath => Path.Combine(_folder, "nested", "state.db");

    public void Dispose()
    {
        foreach (var storage in _opened)
        {
            storage.Dispose();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    protected override IStorage CreateStorage() => Open();

    [Fact]
    public async Task WriteAsync_FileInAMissingFolder_CreatesFolderAndFile()
    {
        Assert.False(Directory.Exists(_folder));

        await Storage.WriteAsync([new StoreChange("k", Json.Of(1))]);

        Assert.True(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task WriteAsync_NewFile_IsInWalMode()
    {
        await Storage.WriteAsync([new StoreChange("k", Json.Of(1))]);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ReadAsync_NewInstanceOnTheSameFile_SeesWhatTheFirstWrote()
    {
        var conversation = new ConversationKey("msteams", "19:restart");
        var before = Open();
        var written = await new ConversationState<Counter>(before, 1, new FixedTimeProvider()).WriteAsync(conversation, new Counter(7), StoreETag.Absent);
        before.Dispose();

        // As after a restart of the bot: a new instance that shares nothing with the first but the file.
        var after = new ConversationState<Counter>(Open(), 1, new FixedTimeProvider());
        var read = await after.ReadAsync(conversation);
        var next = await after.WriteAsync(conversation, new Counter(8), read.ETag);

        Assert.Equal(StateReadOutcome.Found, read.Outcome);
        Assert.Equal(new Counter(7), read.State);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(next.Succeeded);
    }

    [Fact]
    public async Task UpdateAsync_TwoInstancesIncrementingOneFileAtOnce_LoseNothing()
    {
        const int Writers = 20;
        var conversation = new ConversationKey("directline", "shared-file");
        var barrier = new ReadBarrier(Writers);
        var first = new ConversationState<Counter>(barrier.Wrap(Open()), 1, new FixedTimeProvider()) { MaxUpdateAttempts = Writers };
        var second = new ConversationState<Counter>(barrier.Wrap(Open()), 1, new FixedTimeProvider()) { MaxUpdateAttempts = Writers };

        var results = await Task.WhenAll(Enumerable.Range(0, Writers)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).UpdateAsync(conversation, Counter.Increment))));

        Assert.All(results, r => Assert.Equal(StateUpdateOutcome.Updated, r.Outcome));
        Assert.Equal(Writers - 1, results.Count(r => r.Attempts > 1));
        Assert.Equal(Writers, (await first.ReadAsync(conversation)).State?.Count);
        Assert.Equal(Writers, (await second.ReadAsync(conversation)).State?.Count);
    }

    [Fact]
    public async Task WriteAsync_TwoInstancesCreatingOneKeyAtOnce_ExactlyOneSucceeds()
    {
        var first = Open();
        var second = Open();

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).WriteAsync([new StoreChange("k", Json.Of(i), StoreETag.Absent)]))));

        Assert.Single(results, r => r.Succeeded);
    }

    [Fact]
    public async Task WriteAsync_Always_StoresTheTimeOfTheWrite()
    {
        await Storage.WriteAsync([new StoreChange("k", Json.Of(1))]);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT updated FROM state_items WHERE key = 'k';";
        Assert.Equal(FixedTimeProvider.Moment, DateTimeOffset.Parse((string)(await command.ExecuteScalarAsync())!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private SqliteStorage Open()
    {
        var storage = new SqliteStorage(DatabasePath, TimeSpan.FromSeconds(10), new FixedTimeProvider());
        _opened.Add(storage);
        return storage;
    }
}
