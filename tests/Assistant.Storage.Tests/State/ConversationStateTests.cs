using System.Text.Json;
using Assistant.Storage.Memory;
using Assistant.Storage.State;
using Assistant.Storage.Tests.Support;

namespace Assistant.Storage.Tests.State;

public sealed class ConversationStateTests
{
    private static readonly ConversationKey Conversation = new("msteams", "19:abc@thread.tacv2");

    private readonly MemoryStorage _storage = new();

    [Fact]
    public void StorageKey_Always_HasTheBotFrameworkForm()
    {
        Assert.Equal("msteams/conversations/19:abc@thread.tacv2", Conversation.StorageKey);
    }

    [Fact]
    public void ConversationKey_ChannelIdWithASlash_Throws()
    {
        // Otherwise ("a/conversations/b", "c") and ("a", "b/conversations/c") would share a key.
        Assert.Throws<ArgumentException>(() => new ConversationKey("a/conversations/b", "c"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_SchemaVersionBelowOne_Throws(int version)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConversationState<Counter>(_storage, version, TimeProvider.System));
    }

    [Fact]
    public void MaxUpdateAttempts_Zero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConversationState<Counter>(_storage, 1, TimeProvider.System) { MaxUpdateAttempts = 0 });
    }

    [Fact]
    public async Task ReadAsync_NothingStored_ReportsNotFoundWithTheAbsentETag()
    {
        var state = State(1);

        var read = await state.ReadAsync(Conversation);

        Assert.Equal(new StateReadResult<Counter>(StateReadOutcome.NotFound, null, StoreETag.Absent, null), read);
    }

    [Fact]
    public async Task WriteAsync_ThenReadAsync_ReturnsTheStateAndItsETag()
    {
        var state = State(1);

        var written = await state.WriteAsync(Conversation, new Counter(3), StoreETag.Absent);
        var read = await state.ReadAsync(Conversation);

        Assert.True(written.Succeeded);
        Assert.Equal(new StateReadResult<Counter>(StateReadOutcome.Found, new Counter(3), written.ETag!, 1), read);
    }

    [Fact]
    public async Task WriteAsync_Always_StoresSchemaVersionAndTimeAroundTheState()
    {
        await State(4).WriteAsync(Conversation, new Counter(3), null);

        var document = (await _storage.ReadAsync([Conversation.StorageKey]))[Conversation.StorageKey].Document;

        Assert.Equal(4, document.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(FixedClock.Moment, document.GetProperty("updatedAt").GetDateTimeOffset());
        Json.Equal(Json.Parse("""{"count":3}"""), document.GetProperty("state"));
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ReportsFailureAndKeepsTheStoredState()
    {
        var state = State(1);
        var first = await state.WriteAsync(Conversation, new Counter(1), StoreETag.Absent);
        await state.WriteAsync(Conversation, new Counter(2), first.ETag);

        var stale = await state.WriteAsync(Conversation, new Counter(99), first.ETag);

        Assert.Equal(new StateWriteResult(false, null), stale);
        Assert.Equal(new Counter(2), (await state.ReadAsync(Conversation)).State);
    }

    [Fact]
    public async Task ReadAsync_StateWrittenWithVersion1ReadExpectingVersion2_ReportsIncompatible()
    {
        var written = await State(1).WriteAsync(Conversation, new Counter(5), StoreETag.Absent);

        var read = await State(2).ReadAsync(Conversation);

        Assert.Equal(new StateReadResult<Counter>(StateReadOutcome.Incompatible, null, written.ETag!, 1), read);
    }

    [Fact]
    public async Task ReadAsync_StateWrittenByANewerVersion_ReportsIncompatibleWithThatVersion()
    {
        await State(3).WriteAsync(Conversation, new Counter(5), StoreETag.Absent);

        var read = await State(2).ReadAsync(Conversation);

        Assert.Equal(StateReadOutcome.Incompatible, read.Outcome);
        Assert.Equal(3, read.StoredSchemaVersion);
    }

    [Theory]
    [InlineData("""{"count":1}""", null)]
    [InlineData("""[1,2]""", null)]
    [InlineData("\"text\"", null)]
    [InlineData("""{"schemaVersion":"2","state":{"count":1}}""", null)]
    [InlineData("""{"schemaVersion":2.5,"state":{"count":1}}""", null)]
    [InlineData("""{"schemaVersion":2}""", 2)]
    [InlineData("""{"schemaVersion":2,"state":"not a counter"}""", 2)]
    [InlineData("""{"schemaVersion":2,"state":null}""", 2)]
    [InlineData("""{"schemaVersion":2,"state":{"count":"many"}}""", 2)]
    public async Task ReadAsync_SomethingThatIsNotStateOfThisType_ReportsUnreadable(string stored, int? version)
    {
        var written = await _storage.WriteAsync([new StoreChange(Conversation.StorageKey, Json.Parse(stored))]);

        var read = await State(2).ReadAsync(Conversation);

        Assert.Equal(new StateReadResult<Counter>(StateReadOutcome.Unreadable, null, written.ETags[Conversation.StorageKey], version), read);
    }

    [Fact]
    public async Task UpdateAsync_IncompatibleState_ReportsItAndLeavesItUntouched()
    {
        var written = await State(1).WriteAsync(Conversation, new Counter(5), StoreETag.Absent);
        var calls = 0;

        var updated = await State(2).UpdateAsync(Conversation, c => { calls++; return Counter.Increment(c); });

        Assert.Equal(new StateUpdateResult<Counter>(StateUpdateOutcome.Incompatible, null, written.ETag, 1, 1), updated);
        Assert.Equal(0, calls);
        Assert.Equal(written.ETag, (await _storage.ReadAsync([Conversation.StorageKey]))[Conversation.StorageKey].ETag);
    }

    [Fact]
    public async Task UpdateAsync_UnreadableState_ReportsItAndLeavesItUntouched()
    {
        var written = await _storage.WriteAsync([new StoreChange(Conversation.StorageKey, Json.Parse("[]"))]);

        var updated = await State(1).UpdateAsync(Conversation, Counter.Increment);

        Assert.Equal(StateUpdateOutcome.Unreadable, updated.Outcome);
        Assert.Equal(written.ETags[Conversation.StorageKey], updated.ETag);
        Assert.Equal(written.ETags[Conversation.StorageKey], (await _storage.ReadAsync([Conversation.StorageKey]))[Conversation.StorageKey].ETag);
    }

    [Fact]
    public async Task WriteAsync_FreshStateWithTheETagOfAnIncompatibleRead_StartsFresh()
    {
        await State(1).WriteAsync(Conversation, new Counter(5), StoreETag.Absent);
        var state = State(2);
        var incompatible = await state.ReadAsync(Conversation);

        var fresh = await state.WriteAsync(Conversation, new Counter(0), incompatible.ETag);

        Assert.True(fresh.Succeeded);
        Assert.Equal(new StateReadResult<Counter>(StateReadOutcome.Found, new Counter(0), fresh.ETag!, 2), await state.ReadAsync(Conversation));
    }

    [Fact]
    public async Task UpdateAsync_NothingStored_AppliesTheUpdateToNullAndCreates()
    {
        Counter? seen = new(-1);

        var updated = await State(1).UpdateAsync(Conversation, c => { seen = c; return Counter.Increment(c); });

        Assert.Null(seen);
        Assert.Equal(StateUpdateOutcome.Updated, updated.Outcome);
        Assert.Equal(new Counter(1), updated.State);
        Assert.Equal(1, updated.Attempts);
    }

    [Fact]
    public async Task UpdateAsync_AnotherWriterBetweenReadAndWrite_ReappliesTheUpdateOnTheNewerState()
    {
        var other = State(1);
        await other.WriteAsync(Conversation, new Counter(10), StoreETag.Absent);
        var interfering = new InterferingStorage(_storage, _ => other.UpdateAsync(Conversation, Counter.Increment), times: 1);
        var seen = new List<int>();
        var state = new ConversationState<Counter>(interfering, 1, FixedClock.New());

        var updated = await state.UpdateAsync(Conversation, c => { seen.Add(c!.Count); return Counter.Increment(c); });

        Assert.Equal([10, 11], seen);
        Assert.Equal(StateUpdateOutcome.Updated, updated.Outcome);
        Assert.Equal(2, updated.Attempts);
        Assert.Equal(new Counter(12), (await other.ReadAsync(Conversation)).State);
    }

    [Fact]
    public async Task UpdateAsync_ConflictOnEveryAttempt_GivesUpAfterMaxUpdateAttemptsWithoutWriting()
    {
        var other = State(1);
        var interfering = new InterferingStorage(_storage, _ => other.UpdateAsync(Conversation, Counter.Increment), times: int.MaxValue);
        var calls = 0;
        var state = new ConversationState<Counter>(interfering, 1, FixedClock.New()) { MaxUpdateAttempts = 3 };

        var updated = await state.UpdateAsync(Conversation, c => { calls++; return new Counter(1000); });

        Assert.Equal(new StateUpdateResult<Counter>(StateUpdateOutcome.Conflict, null, null, 3, null), updated);
        Assert.Equal(3, calls);
        Assert.Equal(new Counter(3), (await other.ReadAsync(Conversation)).State);
    }

    [Fact]
    public async Task UpdateAsync_UpdateReturningNull_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => State(1).UpdateAsync(Conversation, _ => null!));
    }

    [Fact]
    public async Task DeleteAsync_StoredState_LeavesNothing()
    {
        var state = State(1);
        await state.WriteAsync(Conversation, new Counter(1), null);

        await state.DeleteAsync(Conversation);

        Assert.Equal(StateReadOutcome.NotFound, (await state.ReadAsync(Conversation)).Outcome);
    }

    [Fact]
    public async Task WriteAsync_CustomSerializerOptions_AreUsedForTheStateButNotTheEnvelope()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper };
        var state = new ConversationState<Counter>(_storage, 1, FixedClock.New(), options);

        await state.WriteAsync(Conversation, new Counter(2), null);
        var document = (await _storage.ReadAsync([Conversation.StorageKey]))[Conversation.StorageKey].Document;

        Json.Equal(Json.Parse("""{"COUNT":2}"""), document.GetProperty("state"));
        Assert.Equal(1, document.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(new Counter(2), (await state.ReadAsync(Conversation)).State);
    }

    private ConversationState<Counter> State(int schemaVersion) => new(_storage, schemaVersion, FixedClock.New());
}
