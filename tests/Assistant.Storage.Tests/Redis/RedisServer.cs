using StackExchange.Redis;

namespace Assistant.Storage.Tests.Redis;

/// <summary>
/// The real Redis server the Redis tests run against: the address in <c>REDIS_URL</c>, by default
/// 127.0.0.1:6379. When it cannot be reached the tests fail, never skip, and say how to start one.
/// Keys are written under a prefix unique to this run and removed at the end.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string AddressVariable = "REDIS_URL";

    public RedisServer()
    {
        Address = Environment.GetEnvironmentVariable(AddressVariable) is { Length: > 0 } address ? address : "127.0.0.1:6379";
        RunPrefix = $"assistant-storage-tests:{Guid.NewGuid():N}:";
        Connection = Connect();
    }

    /// <summary>The server's address (a StackExchange.Redis configuration string).</summary>
    public string Address { get; }

    /// <summary>The prefix of every key this run writes.</summary>
    public string RunPrefix { get; }

    /// <summary>A connection for the tests; a storage under test may open its own.</summary>
    public IConnectionMultiplexer Connection { get; }

    /// <summary>A prefix no other test uses, so each test starts with an empty storage.</summary>
    public string NewPrefix() => $"{RunPrefix}{Guid.NewGuid():N}:";

    /// <summary>Another connection, as a second bot instance would have.</summary>
    public IConnectionMultiplexer Connect()
    {
        var options = ConfigurationOptions.Parse(Address);
        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 3000;
        try
        {
            return ConnectionMultiplexer.Connect(options);
        }
        catch (RedisConnectionException e)
        {
            throw new InvalidOperationException(
                $"The Redis tests need a Redis server at {Address} (from {AddressVariable}, default 127.0.0.1:6379) and none answered. "
                + "These tests are never skipped. Start one with: "
                + "apt-get update && apt-get install -y redis-server && redis-server --daemonize yes --port 6379 --save '' --appendonly no "
                + $"— or set {AddressVariable} to the host:port of a running server.",
                e);
        }
    }

    public void Dispose()
    {
        var keys = Connection.GetServers().SelectMany(s => s.Keys(pattern: RedisPattern(RunPrefix) + "*")).ToArray();
        if (keys.Length > 0)
        {
            Connection.GetDatabase().KeyDelete(keys);
        }

        Connection.Dispose();
    }

    // The run prefix is a GUID and fixed text, but escape glob characters anyway so the cleanup can never match more.
    private static string RedisPattern(string literal) =>
        string.Concat(literal.Select(c => c is '*' or '?' or '[' or ']' or '\\' ? $"\\{c}" : c.ToString()));
}
