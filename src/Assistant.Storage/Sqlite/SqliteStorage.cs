using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Assistant.Storage.Sqlite;

/// <summary>
/// An <see cref="IStorage"/> in one SQLite file: durable across restarts with no server to run. Several
/// processes may share the file: it is in WAL mode, so readers never wait for a writer, and a writer waits
/// up to the busy timeout for another writer instead of failing.
/// </summary>
internal sealed class SqliteStorage : IStorage, IDisposable
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS state_items (
            key     TEXT NOT NULL PRIMARY KEY,
            etag    TEXT NOT NULL,
            json    TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        """;

    private const string SelectOne = "SELECT etag, json FROM state_items WHERE key = $key;";

    private const string Upsert = """
        INSERT INTO state_items (key, etag, json, updated) VALUES ($key, $etag, $json, $updated)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated = excluded.updated;
        """;

    private const string InsertIfAbsent = """
        INSERT INTO state_items (key, etag, json, updated) VALUES ($key, $etag, $json, $updated)
        ON CONFLICT (key) DO NOTHING;
        """;

    // The compare and the set are one statement, so no other writer can come between them.
    private const string UpdateIfMatch = """
        UPDATE state_items SET etag = $etag, json = $json, updated = $updated
        WHERE key = $key AND etag = $expected;
        """;

    private const string DeleteOne = "DELETE FROM state_items WHERE key = $key;";

    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly TimeProvider _timeProvider;

    // The SQLite handles the connection pragmas have been run on. A pooled SqliteConnection reopens the
    // same handle, which keeps them, so each handle is set up once rather than on every open.
    private readonly ConditionalWeakTable<sqlite3, object> _configured = new();
    private readonly SemaphoreSlim _initialization = new(1, 1);

    // SQLite lets one writer in at a time, and a writer that finds the lock taken sleeps in SQLite's busy
    // handler (1, 2, 5, 10 … ms) before trying again. Writes of this process therefore queue here, where
    // the next one starts as soon as the last commits; the busy handler is left to writers in other
    // processes sharing the file. Under many conversations at once the sleeps had cost more than the work.
    private readonly SemaphoreSlim _writer = new(1, 1);
    private volatile bool _initialized;

    /// <param name="path">The database file; relative paths are resolved against the working directory.</param>
    /// <param name="busyTimeout">How long a writer waits for another writer before giving up.</param>
    public SqliteStorage(string path, TimeSpan busyTimeout, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(busyTimeout, TimeSpan.Zero);

        FullPath = Path.GetFullPath(path);
        _timeProvider = timeProvider;

        // PRAGMA takes no parameters; the value is an int computed here, never outside text.
        // synchronous = NORMAL is SQLite's recommended setting in WAL mode: a commit no longer waits for
        // an fsync of the log, and the file still cannot be corrupted; only the last commits before a
        // power cut (not a process crash) can be lost, which for conversation state means a user's
        // latest step. Like the busy timeout, it is a property of the connection, not of the file.
        var busyTimeoutMilliseconds = (int)Math.Min(busyTimeout.TotalMilliseconds, int.MaxValue);
        _connectionPragmas = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,

            // Microsoft.Data.Sqlite retries a busy statement for this many seconds on top of SQLite's own
            // busy handler; kept equal so the two do not disagree about how long is too long.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string FullPath { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageGuard.Keys(keys, nameof(keys));
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // One deferred transaction, so all keys come from the same snapshot without taking the write lock.
        await using var transaction = connection.BeginTransaction(deferred: true);
        await using var select = Command(connection, transaction, SelectOne);
        var key = select.Parameters.Add("$key", SqliteType.Text);
        foreach (var wantedKey in wanted)
        {
            key.Value = wantedKey;
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.Add(wantedKey, new StoreItem(wantedKey, Parse(reader.GetString(1)), reader.GetString(0)));
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <inheritdoc />
    public async Task<WriteResult> WriteAsync(IReadOnlyCollection<StoreChange> changes, CancellationToken cancellationToken = default)
    {
        var list = StorageGuard.Changes(changes, nameof(changes));
        if (list.Count == 0)
        {
            return WriteResult.Written(new Dictionary<string, string>());
        }

        var updated = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        return await AsTheWriterAsync(connection => WriteLockedAsync(connection, list, updated, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<WriteResult> WriteLockedAsync(SqliteConnection connection, IReadOnlyList<StoreChange> list, string updated, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock at BEGIN, where the busy timeout applies; a deferred transaction
        // that reads first and then needs the lock can fail at once with SQLITE_BUSY.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var change in list)
        {
            var eTag = StorageGuard.NewETag();
            var sql = StorageGuard.IsUnconditional(change.ETag) ? Upsert
                : change.ETag == StoreETag.Absent ? InsertIfAbsent
                : UpdateIfMatch;
            await using var command = Command(connection, transaction, sql);
            command.Parameters.Add("$key", SqliteType.Text).Value = change.Key;
            command.Parameters.Add("$etag", SqliteType.Text).Value = eTag;
            command.Parameters.Add("$json", SqliteType.Text).Value = change.Document.GetRawText();
            command.Parameters.Add("$updated", SqliteType.Text).Value = updated;
            if (sql == UpdateIfMatch)
            {
                command.Parameters.Add("$expected", SqliteType.Text).Value = change.ETag;
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                eTags.Add(change.Key, eTag);
            }
            else
            {
                conflicts.Add(change.Key);
            }
        }

        if (conflicts.Count > 0)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return WriteResult.Conflicted(conflicts);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return WriteResult.Written(eTags);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageGuard.Keys(keys, nameof(keys));
        if (doomed.Count == 0)
        {
            return;
        }

        await AsTheWriterAsync(connection => DeleteLockedAsync(connection, doomed, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> DeleteLockedAsync(SqliteConnection connection, IReadOnlyCollection<string> doomed, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var delete = Command(connection, transaction, DeleteOne);
        var key = delete.Parameters.Add("$key", SqliteType.Text);
        var deleted = 0;
        foreach (var doomedKey in doomed)
        {
            key.Value = doomedKey;
            deleted += await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <summary>
    /// Runs a write as this process's only writer. The connection is opened after the turn comes, so
    /// writers queued behind a long write hold no connection while they wait.
    /// </summary>
    private async Task<T> AsTheWriterAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await write(connection).ConfigureAwait(false);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Closes the pooled connections to the file, so it can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _initialization.Dispose();
        _writer.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        return await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var handle = connection.Handle!;
            if (!_configured.TryGetValue(handle, out _))
            {
                await ExecuteAsync(connection, _connectionPragmas, cancellationToken).ConfigureAwait(false);
                _configured.AddOrUpdate(handle, handle);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initialization.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            var folder = Path.GetDirectoryName(FullPath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);

            // WAL is a property of the file, so setting it once makes every process that opens it use it.
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, CreateTable, cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initialization.Release();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
