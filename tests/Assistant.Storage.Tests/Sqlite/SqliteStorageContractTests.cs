using Assistant.Storage.Sqlite;
using Assistant.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Assistant.Storage.Tests.Sqlite;

/// <summary>The shared-storage contract on one SQLite file, plus what only the file shows: its folder, WAL mode, the time of a write.</summary>
public sealed class SqliteStorageContractTests : SharedStorageContractTests, IDisposable
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

    /// <summary>A storage on the same file, as a restarted bot or a second process on the machine has.</summary>
    protected override IStorage OpenInstance() => Open();

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
    public async Task WriteAsync_Always_StoresTheTimeOfTheWrite()
    {
        await Storage.WriteAsync([new StoreChange("k", Json.Of(1))]);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT updated FROM state_items WHERE key = 'k';";
        Assert.Equal(FixedClock.Moment, DateTimeOffset.Parse((string)(await command.ExecuteScalarAsync())!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private SqliteStorage Open()
    {
        var storage = new SqliteStorage(DatabasePath, TimeSpan.FromSeconds(10), FixedClock.New());
        _opened.Add(storage);
        return storage;
    }
}
