using Assistant.Storage.Redis;
using Assistant.Storage.State;
using Assistant.Storage.Tests.Support;
using StackExchange.Redis;

namespace Assistant.Storage.Tests.Redis;

/// <summary>The storage contract on a real Redis server, plus several instances sharing it.</summary>
public sealed class RedisStorageContractTests(RedisServer server) : StorageContractTests, IClassFixture<RedisServer>, IDisposable
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

    protected override IStorage CreateStorage() => new RedisStorage(server.Connection, _prefix, new FixedTimeProvider());

    [Fact]
    public async Task WriteAsync_Key_IsAHashUnderThePrefix()
    {
        var written = await Storage.WriteAsync([new StoreChange("msteams/conversations/1", Json.Of(new { v = 1 }))]);

        var stored = await server.Connection.GetDatabase().HashGetAllAsync(_prefix + "msteams/conversations/1");

        var fields = stored.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(written.ETags["msteams/conversations/1"], fields["etag"]);
        Json.Equal(Json.Of(new { v = 1 }), Json.Parse(fields["json"]));
        Assert.Equal(FixedTimeProvider.Moment, DateTimeOffset.Parse(fields["updated"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ReadAsync_AnotherPrefix_SeesNothing()
    {
        await Storage.WriteAsync([new StoreChange("k", Json.Of(1))]);
        var other = new RedisStorage(server.Connection, server.NewPrefix(), TimeProvider.System);

        Assert.Empty(await other.ReadAsync(["k"]));
    }

    [Fact]
    public async Task ReadAsync_NewInstanceOnItsOwnConnection_SeesWhatTheFirstWrote()
    {
        var conversation = new ConversationKey("msteams", "19:restart");
        var written = await new ConversationState<Counter>(Storage, 1, new FixedTimeProvider()).WriteAsync(conversation, new Counter(7), StoreETag.Absent);

        // As another bot instance, or this one after a restart: nothing shared but the server.
        var after = new ConversationState<Counter>(OpenInstance(), 1, new FixedTimeProvider());
        var read = await after.ReadAsync(conversation);

        Assert.Equal(StateReadOutcome.Found, read.Outcome);
        Assert.Equal(new Counter(7), read.State);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task UpdateAsync_TwoInstancesIncrementingAtOnce_LoseNothing()
    {
        const int Writers = 20;
        var conversation = new ConversationKey("directline", "two-instances");
        var barrier = new ReadBarrier(Writers);
        var first = new ConversationState<Counter>(barrier.Wrap(OpenInstance()), 1, new FixedTimeProvider()) { MaxUpdateAttempts = Writers };
        var second = new ConversationState<Counter>(barrier.Wrap(OpenInstance()), 1, new FixedTimeProvider()) { MaxUpdateAttempts = Writers };

        var results = await Task.WhenAll(Enumerable.Range(0, Writers)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).UpdateAsync(conversation, Counter.Increment))));

        Assert.All(results, r => Assert.Equal(StateUpdateOutcome.Updated, r.Outcome));
        Assert.Equal(Writers - 1, results.Count(r => r.Attempts > 1));
        Assert.Equal(Writers, (await first.ReadAsync(conversation)).State?.Count);
        Assert.Equal(Writers, (await second.ReadAsync(conversation)).State?.Count);
    }

    [Fact]
    public async Task ReadAsync_KeyHoldingAnotherRedisType_Throws()
    {
        // Something else wrote under our prefix: a failure of the deployment, reported, not read as "missing".
        await server.Connection.GetDatabase().StringSetAsync(_prefix + "k", "not a hash");

        await Assert.ThrowsAsync<RedisServerException>(() => Storage.ReadAsync(["k"]));
    }

    private RedisStorage OpenInstance()
    {
        var connection = server.Connect();
        _opened.Add(connection);
        return new RedisStorage(connection, _prefix, new FixedTimeProvider());
    }
}
