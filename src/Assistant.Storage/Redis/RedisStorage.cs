using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;

namespace Assistant.Storage.Redis;

/// <summary>
/// An <see cref="IStorage"/> in Redis, for several bot instances behind one endpoint: each item is a hash
/// (<c>etag</c>, <c>json</c>, <c>updated</c>) under <c>prefix + key</c>, and a write is one Lua script, which
/// Redis runs without interleaving any other command, so checking the ETags and writing cannot be split.
/// </summary>
/// <remarks>
/// A write of several keys touches them in one script, which Redis Cluster allows only within one hash slot;
/// <c>ConversationState</c> writes one key at a time, so this matters only to callers batching keys.
/// </remarks>
internal sealed class RedisStorage : IStorage, IDisposable
{
    // ARGV[1] is the ETag a missing item counts as; then four values per key: the expected ETag ('*' for an
    // unconditional write), the new ETag, the JSON and the time written. Returns the 1-based indexes of the
    // keys that conflicted; when there are any, nothing was written.
    private const string WriteScript = """
        local conflicts = {}
        for i, key in ipairs(KEYS) do
          local expected = ARGV[(i - 1) * 4 + 2]
          if expected ~= '*' then
            local current = redis.call('HGET', key, 'etag') or ARGV[1]
            if current ~= expected then
              conflicts[#conflicts + 1] = i
            end
          end
        end
        if #conflicts == 0 then
          for i, key in ipairs(KEYS) do
            local at = (i - 1) * 4
            redis.call('HSET', key, 'etag', ARGV[at + 3], 'json', ARGV[at + 4], 'updated', ARGV[at + 5])
          end
        end
        return conflicts
        """;

    private static readonly RedisValue[] ReadFields = ["etag", "json"];

    private readonly Lazy<Task<IConnectionMultiplexer>> _connection;
    private readonly bool _ownsConnection;
    private readonly string _keyPrefix;
    private readonly TimeProvider _timeProvider;

    /// <summary>A storage on a connection the caller owns and disposes.</summary>
    public RedisStorage(IConnectionMultiplexer connection, string keyPrefix, TimeProvider timeProvider)
        : this(new Lazy<Task<IConnectionMultiplexer>>(Task.FromResult(connection ?? throw new ArgumentNullException(nameof(connection)))), ownsConnection: false, keyPrefix, timeProvider)
    {
    }

    private RedisStorage(Lazy<Task<IConnectionMultiplexer>> connection, bool ownsConnection, string keyPrefix, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _connection = connection;
        _ownsConnection = ownsConnection;
        _keyPrefix = keyPrefix;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// A storage that connects on first use and owns the connection. It starts even when Redis is down and
    /// reconnects by itself; until then each call fails with a <see cref="RedisConnectionException"/>.
    /// </summary>
    /// <param name="configuration">A StackExchange.Redis configuration string, e.g. <c>localhost:6379,password=…</c>.</param>
    public static RedisStorage Connect(string configuration, string keyPrefix, TimeProvider timeProvider)
    {
        var options = ConfigurationOptions.Parse(configuration);

        // Otherwise the first connection failure would be cached in the Lazy and the bot would never recover
        // without a restart.
        options.AbortOnConnectFail = false;
        var connection = new Lazy<Task<IConnectionMultiplexer>>(async () => await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false));
        return new RedisStorage(connection, ownsConnection: true, keyPrefix, timeProvider);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageGuard.Keys(keys, nameof(keys));
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);

        // HMGET reads the ETag and the document of one key atomically; the keys are pipelined, not a snapshot.
        var reads = wanted.Select(k => database.HashGetAsync(RedisKeyOf(k), ReadFields)).ToArray();
        var values = await Task.WhenAll(reads).WaitAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < wanted.Count; i++)
        {
            var (eTag, json) = (values[i][0], values[i][1]);
            if (!eTag.IsNull && !json.IsNull)
            {
                found.Add(wanted[i], new StoreItem(wanted[i], Parse(json.ToString()), eTag.ToString()));
            }
        }

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
        var keys = new RedisKey[list.Count];
        var arguments = new RedisValue[1 + (4 * list.Count)];
        var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
        arguments[0] = StoreETag.Absent;
        for (var i = 0; i < list.Count; i++)
        {
            var change = list[i];
            var eTag = StorageGuard.NewETag();
            keys[i] = RedisKeyOf(change.Key);
            arguments[1 + (4 * i)] = StorageGuard.IsUnconditional(change.ETag) ? StoreETag.Any : change.ETag;
            arguments[2 + (4 * i)] = eTag;
            arguments[3 + (4 * i)] = change.Document.GetRawText();
            arguments[4 + (4 * i)] = updated;
            eTags.Add(change.Key, eTag);
        }

        var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(WriteScript, keys, arguments).WaitAsync(cancellationToken).ConfigureAwait(false);
        var conflicts = (int[]?)result ?? [];
        return conflicts.Length == 0
            ? WriteResult.Written(eTags)
            : WriteResult.Conflicted(conflicts.Select(i => list[i - 1].Key).ToList());
    }

    /// <inheritdoc />
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageGuard.Keys(keys, nameof(keys));
        if (doomed.Count == 0)
        {
            return;
        }

        var database = await DatabaseAsync(cancellationToken).ConfigureAwait(false);
        await database.KeyDeleteAsync(doomed.Select(RedisKeyOf).ToArray()).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the connection if this storage opened it.</summary>
    public void Dispose()
    {
        if (_ownsConnection && _connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            _connection.Value.Result.Dispose();
        }
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private RedisKey RedisKeyOf(string key) => _keyPrefix + key;

    private async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken)
    {
        var connection = await _connection.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return connection.GetDatabase();
    }
}
