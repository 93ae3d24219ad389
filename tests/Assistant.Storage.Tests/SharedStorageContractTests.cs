using Assistant.Storage.State;
using Assistant.Storage.Tests.Support;

namespace Assistant.Storage.Tests;

/// <summary>
/// What a store several bot instances share (a file, a server) must do on top of <see cref="StorageContractTests"/>:
/// what one instance writes another reads, and writers going through different instances lose nothing.
/// </summary>
public abstract class SharedStorageContractTests : StorageContractTests
{
    /// <summary>Another instance on the same store, sharing nothing with the others but the store itself.</summary>
    protected abstract IStorage OpenInstance();

    [Fact]
    public async Task ReadAsync_NewInstance_SeesWhatTheFirstWrote()
    {
        var conversation = new ConversationKey("msteams", "19:restart");
        var before = OpenInstance();
        var written = await new ConversationState<Counter>(before, 1, FixedClock.New()).WriteAsync(conversation, new Counter(7), StoreETag.Absent);
        (before as IDisposable)?.Dispose();

        // As another bot instance, or this one after a restart: nothing shared with the first but the store.
        var after = new ConversationState<Counter>(OpenInstance(), 1, FixedClock.New());
        var read = await after.ReadAsync(conversation);
        var next = await after.WriteAsync(conversation, new Counter(8), read.ETag);

        Assert.Equal(StateReadOutcome.Found, read.Outcome);
        Assert.Equal(new Counter(7), read.State);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(next.Succeeded);
    }

    [Fact]
    public async Task UpdateAsync_TwoInstancesIncrementingAtOnce_LoseNothing()
    {
        const int Writers = 20;
        var conversation = new ConversationKey("directline", "two-instances");
        var barrier = new ReadBarrier(Writers);
        var instances = new[] { barrier.Wrap(OpenInstance()), barrier.Wrap(OpenInstance()) };
        // One state object per writer: updates through one object take turns, and the point is a collision.
        var states = Enumerable.Range(0, Writers)
            .Select(i => new ConversationState<Counter>(instances[i % 2], 1, FixedClock.New()) { MaxUpdateAttempts = Writers })
            .ToArray();
        var (first, second) = (states[0], states[1]);

        var results = await Task.WhenAll(states.Select(state => Task.Run(() => state.UpdateAsync(conversation, Counter.Increment))));

        Assert.All(results, r => Assert.Equal(StateUpdateOutcome.Updated, r.Outcome));
        Assert.Equal(Writers - 1, results.Count(r => r.Attempts > 1));
        Assert.Equal(Writers, (await first.ReadAsync(conversation)).State?.Count);
        Assert.Equal(Writers, (await second.ReadAsync(conversation)).State?.Count);
    }

    [Fact]
    public async Task WriteAsync_TwoInstancesCreatingOneKeyAtOnce_ExactlyOneSucceeds()
    {
        var first = OpenInstance();
        var second = OpenInstance();

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).WriteAsync([new StoreChange("k", Json.Of(i), StoreETag.Absent)]))));

        Assert.Single(results, r => r.Succeeded);
    }
}
