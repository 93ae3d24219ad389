namespace Assistant.Storage;

/// <summary>
/// Settings of conversation-state storage, bound to the <c>Storage</c> section and validated at start-up.
/// With no section at all the bot keeps its state in <c>data/state.db</c>, with no server to install.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Where state is kept; <see cref="StorageProvider.Sqlite"/> by default.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The SQLite file; a relative path is resolved against the working directory, which is the content root
    /// of an ASP.NET Core host started the usual way. The file and its folder are created when missing.
    /// </summary>
    public string SqlitePath { get; set; } = "data/state.db";

    /// <summary>How long a SQLite writer waits for another writer (in this or another process) before failing.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The StackExchange.Redis configuration string, e.g. <c>redis.internal:6379,password=…,ssl=true</c>;
    /// required when <see cref="Provider"/> is <see cref="StorageProvider.Redis"/>. Keep the password in a secret
    /// store or an environment variable (<c>Storage__RedisConfiguration</c>), not in appsettings.json.
    /// </summary>
    public string? RedisConfiguration { get; set; }

    /// <summary>Put before every key in Redis, so several bots or environments can share one server.</summary>
    public string RedisKeyPrefix { get; set; } = "assistant:state:";
}
