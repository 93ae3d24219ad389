using Assistant.Storage.Redis;
using Assistant.Storage.Tests.Support;
using StackExchange.Redis;

namespace Assistant.Storage.Tests.Redis;

/// <summary>The storage contract on a real Redis server, plus several instances sharing it.</summary>
public sealed class RedisStorageContractTests(RedisServer server) : SharedStorageContractTests, IClassFixture<RedisServer>, IDisposable
{
    private readonly string _prefix = server.NewPrefix();
    private readonly List<IDisposable> _opened = [];

    public void Dispose()
    {
        foreach (var disposable in _opened)
        {
            disposable.Dispose();
        }
    }

    protected override IStorage CreateStorage() => new RedisStorage(server.Connection, _prefix, FixedClock.New());

    [Fact]
    public async Task WriteAsync_Key_IsAHashUnderThePrefix()
    {
        var written = await Storage.WriteAsync([new StoreChange("msteams/conversations/1", Json.Of(new { v = 1 }))]);

        var stored = await server.Connection.GetDatabase().HashGetAllAsync(_prefix + "msteams/conversations/1");

        var fields = stored.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(written.ETags["msteams/conversations/1"], fields["etag"]);
        Json.Equal(Json.Of(new { v = 1 }), Json.Parse(fields["json"]));
        Assert.Equal(FixedClock.Moment, DateTimeOffset.Parse(fields["updated"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ReadAsync_AnotherPrefix_SeesNothing()
    {
        await Storage.WriteAsync([new StoreChange("k", Json.Of(1))]);
        var other = new RedisStorage(server.Connection, server.NewPrefix(), TimeProvider.System);

        Assert.Empty(await other.ReadAsync(["k"]));
    }

    [Fact]
    public async Task ReadAsync_KeyHoldingAnotherRedisType_Throws()
    {
        // Something else wrote under our prefix: a failure of the deployment, reported, not read as "missing".
        await server.Connection.GetDatabase().StringSetAsync(_prefix + "k", "not a hash");

        await Assert.ThrowsAsync<RedisServerException>(() => Storage.ReadAsync(["k"]));
    }

    /// <summary>A storage on its own connection, as another bot instance has.</summary>
    protected override IStorage OpenInstance()
    {
        var connection = server.Connect();
        _opened.Add(connection);
        return new RedisStorage(connection, _prefix, FixedClock.New());
    }
}
