using System.Text;
using System.Text.Json;
using Assistant.Storage.State;
using Assistant.Storage.Tests.Support;

namespace Assistant.Storage.Tests;

/// <summary>
/// What every <see cref="IStorage"/> must do, run once per implementation by a subclass that says how to
/// make a fresh, empty storage for each test.
/// </summary>
public abstract class StorageContractTests
{
    private readonly Lazy<IStorage> _storage;

    // Made on first use, so a derived class's fields are set when CreateStorage runs; Lazy because tests
    // start by touching it from many threads at once, and two memory storages would each let a create win.
    protected StorageContractTests() => _storage = new Lazy<IStorage>(CreateStorage, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The storage under test: new and empty for every test.</summary>
    protected IStorage Storage => _storage.Value;

    /// <summary>A new, empty storage; tests of one class must not see each other's keys.</summary>
    protected abstract IStorage CreateStorage();

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsNoItem()
    {
        var items = await Storage.ReadAsync(["webchat/conversations/missing"]);

        Assert.Empty(items);
    }

    [Fact]
    public async Task WriteAsync_NewKey_IsReadBackWithTheReturnedETag()
    {
        var document = Json.Parse("""{"step":"start","answers":[1,2,3],"nested":{"ok":true,"none":null}}""");

        var written = await Storage.WriteAsync([new StoreChange("k", document)]);
        var items = await Storage.ReadAsync(["k"]);

        Assert.True(written.Succeeded);
        var item = Assert.Single(items.Values);
        Assert.Equal("k", item.Key);
        Json.Equal(document, item.Document);
        Assert.Equal(written.ETags["k"], item.ETag);
    }

    [Fact]
    public async Task WriteAsync_EveryWrite_YieldsANewETag()
    {
        var eTags = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var written = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { i }))]);
            eTags.Add(written.ETags["k"]);
        }

        var stored = (await Storage.ReadAsync(["k"]))["k"];

        Assert.Equal(eTags.Count, eTags.Distinct().Count());
        Assert.Equal(eTags[^1], stored.ETag);
        Json.Equal(Json.Of(new { i = 4 }), stored.Document);
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_Overwrites()
    {
        var first = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 1 }))]);

        var second = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 2 }), first.ETags["k"])]);

        Assert.True(second.Succeeded);
        Json.Equal(Json.Of(new { v = 2 }), (await Storage.ReadAsync(["k"]))["k"].Document);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ReportsConflictAndKeepsTheStoredDocument()
    {
        var first = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 1 }))]);
        var second = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 2 }), first.ETags["k"])]);

        var stale = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 3 }), first.ETags["k"])]);

        Assert.False(stale.Succeeded);
        Assert.Equal(["k"], stale.Conflicts);
        Assert.Empty(stale.ETags);
        var stored = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal(second.ETags["k"], stored.ETag);
        Json.Equal(Json.Of(new { v = 2 }), stored.Document);
    }

    [Theory]
    [InlineData(StoreETag.Any)]
    [InlineData(null)]
    public async Task WriteAsync_UnconditionalETag_OverwritesWhateverIsStored(string? eTag)
    {
        await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 1 }))]);
        await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 2 }))]);

        var written = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 3 }), eTag)]);

        Assert.True(written.Succeeded);
        Json.Equal(Json.Of(new { v = 3 }), (await Storage.ReadAsync(["k"]))["k"].Document);
    }

    [Fact]
    public async Task WriteAsync_AbsentETagWhenNothingIsStored_Creates()
    {
        var written = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 1 }), StoreETag.Absent)]);

        Assert.True(written.Succeeded);
        Assert.Equal(written.ETags["k"], (await Storage.ReadAsync(["k"]))["k"].ETag);
    }

    [Fact]
    public async Task WriteAsync_AbsentETagWhenSomethingIsStored_ReportsConflict()
    {
        await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 1 }))]);

        var written = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 2 }), StoreETag.Absent)]);

        Assert.False(written.Succeeded);
        Json.Equal(Json.Of(new { v = 1 }), (await Storage.ReadAsync(["k"]))["k"].Document);
    }

    [Fact]
    public async Task WriteAsync_ETagOfADeletedItem_ReportsConflict()
    {
        var first = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 1 }))]);
        await Storage.DeleteAsync(["k"]);

        var written = await Storage.WriteAsync([new StoreChange("k", Json.Of(new { v = 2 }), first.ETags["k"])]);

        Assert.False(written.Succeeded);
        Assert.Empty(await Storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task WriteAsync_OneConflictInABatch_WritesNothingAndNamesTheConflict()
    {
        var stored = await Storage.WriteAsync([new StoreChange("a", Json.Of(new { v = 1 })), new StoreChange("b", Json.Of(new { v = 1 }))]);
        await Storage.WriteAsync([new StoreChange("b", Json.Of(new { v = 2 }))]);

        var written = await Storage.WriteAsync(
        [
            new StoreChange("a", Json.Of(new { v = 9 }), stored.ETags["a"]),
            new StoreChange("b", Json.Of(new { v = 9 }), stored.ETags["b"]),
            new StoreChange("c", Json.Of(new { v = 9 })),
        ]);

        Assert.Equal(["b"], written.Conflicts);
        var items = await Storage.ReadAsync(["a", "b", "c"]);
        Json.Equal(Json.Of(new { v = 1 }), items["a"].Document);
        Assert.Equal(stored.ETags["a"], items["a"].ETag);
        Json.Equal(Json.Of(new { v = 2 }), items["b"].Document);
        Assert.False(items.ContainsKey("c"));
    }

    [Fact]
    public async Task DeleteAsync_ExistingAndMissingKeys_RemovesTheExistingOnesOnly()
    {
        await Storage.WriteAsync([new StoreChange("a", Json.Of(1)), new StoreChange("b", Json.Of(2)), new StoreChange("c", Json.Of(3))]);

        await Storage.DeleteAsync(["a", "c", "never-written"]);

        var items = await Storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal(["b"], items.Keys);
    }

    [Fact]
    public async Task ReadAsync_ManyKeys_ReturnsExactlyThoseStored()
    {
        var changes = Enumerable.Range(0, 100).Select(i => new StoreChange($"directline/conversations/{i}", Json.Of(new { i }))).ToList();
        var written = await Storage.WriteAsync(changes);
        var wanted = Enumerable.Range(0, 150).Select(i => $"directline/conversations/{i}").ToList();

        var items = await Storage.ReadAsync(wanted);

        Assert.True(written.Succeeded);
        Assert.Equal(100, written.ETags.Count);
        Assert.Equal(changes.Select(c => c.Key).Order(StringComparer.Ordinal), items.Keys.Order(StringComparer.Ordinal));
        Assert.All(changes, c => Json.Equal(c.Document, items[c.Key].Document));
        Assert.All(items.Values, item => Assert.Equal(written.ETags[item.Key], item.ETag));
    }

    [Theory]
    [InlineData("msteams/conversations/19:abc@thread.tacv2;messageid=1699")]
    [InlineData("webchat/conversations/Blåbærsyltetøy – Ærlig talt 😀")]
    [InlineData("x/conversations/'; DROP TABLE state_items; --")]
    [InlineData("x/conversations/\") redis.call('FLUSHALL') --")]
    [InlineData("x/conversations/*?[a-z]{}\\%_\t\n")]
    [InlineData("مرحبا/conversations/שלום/你好")]
    public async Task WriteAsync_UnusualKeyAndUnicodeDocument_RoundTrip(string key)
    {
        var document = Json.Of(new
        {
            text = "Hei! Kan jeg få taushetsbelagte opplysninger? Ærlig talt, øy og å. 😀👍🏽 \"quoted\" \\ back\\slash \u0001 \u2028",
            rtl = "مرحبا بالعالم",
        });

        var written = await Storage.WriteAsync([new StoreChange(key, document)]);
        var items = await Storage.ReadAsync([key]);

        Assert.True(written.Succeeded);
        Json.Equal(document, items[key].Document);
        Assert.Equal(key, items[key].Key);
    }

    [Fact]
    public async Task WriteAsync_KeysDifferingOnlyInCaseOrNormalisation_AreDistinct()
    {
        string[] keys = ["Conv", "conv", "CONV", "caf\u00e9", "cafe\u0301"];

        await Storage.WriteAsync(keys.Select(k => new StoreChange(k, Json.Of(k))).ToList());
        var items = await Storage.ReadAsync(keys);

        Assert.Equal(keys.Length, items.Count);
        Assert.All(keys, k => Assert.Equal(k, items[k].Document.GetString()));
    }

    [Fact]
    public async Task WriteAsync_LargeDocument_RoundTrips()
    {
        var text = new StringBuilder();
        while (text.Length < 100_000)
        {
            text.Append("Helsepersonell har opplysningsplikt – også når det gjelder æ, ø og å 😀. ");
        }

        var document = Json.Of(new { history = text.ToString(), turns = Enumerable.Range(0, 500).ToArray() });

        var written = await Storage.WriteAsync([new StoreChange("large", document)]);
        var stored = (await Storage.ReadAsync(["large"]))["large"];

        Assert.True(written.Succeeded);
        Assert.True(document.GetRawText().Length > 100_000);
        Json.Equal(document, stored.Document);
    }

    [Fact]
    public async Task WriteAsync_ManyParallelWritesWithOneETag_ExactlyOneSucceeds()
    {
        var first = await Storage.WriteAsync([new StoreChange("k", Json.Of(0))]);
        var eTag = first.ETags["k"];

        var results = await Task.WhenAll(Enumerable.Range(1, 20)
            .Select(i => Task.Run(() => Storage.WriteAsync([new StoreChange("k", Json.Of(i), eTag)]))));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.Equal(winner.ETags["k"], (await Storage.ReadAsync(["k"]))["k"].ETag);
    }

    [Fact]
    public async Task WriteAsync_ManyParallelCreates_ExactlyOneSucceeds()
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 20)
            .Select(i => Task.Run(() => Storage.WriteAsync([new StoreChange("k", Json.Of(i), StoreETag.Absent)]))));

        var winner = Assert.Single(results, r => r.Succeeded);
        Assert.Equal(winner.ETags["k"], (await Storage.ReadAsync(["k"]))["k"].ETag);
    }

    [Fact]
    public async Task UpdateAsync_TwentyConcurrentIncrements_CountExactlyTwenty()
    {
        const int Writers = 20;
        var conversation = new ConversationKey("directline", "busy");

        // All twenty read before any writes, so nineteen must lose their first attempt and re-apply. N
        // simultaneous updates need at most N attempts each (every lost attempt means another update won), so
        // this bound makes the outcome certain however the threads interleave. One state object per writer,
        // as twenty bot instances would have: updates through one object take turns and never collide.
        var storage = new ReadBarrier(Writers).Wrap(Storage);
        var states = Enumerable.Range(0, Writers)
            .Select(_ => new ConversationState<Counter>(storage, 1, FixedClock.New()) { MaxUpdateAttempts = Writers })
            .ToArray();

        var results = await Task.WhenAll(states.Select(state => Task.Run(() => state.UpdateAsync(conversation, Counter.Increment))));

        Assert.All(results, r => Assert.Equal(StateUpdateOutcome.Updated, r.Outcome));
        Assert.Equal(Writers - 1, results.Count(r => r.Attempts > 1));

        // Each update was applied on top of exactly the one before it: the counts written are 1..20, once each.
        Assert.Equal(Enumerable.Range(1, Writers), results.Select(r => r.State!.Count).Order());
        var final = await states[0].ReadAsync(conversation);
        Assert.Equal(Writers, final.State?.Count);
    }

    [Fact]
    public async Task UpdateAsync_ManyAtOnceThroughOneInstance_TakeTurnsWithoutAConflict()
    {
        const int Updates = 16;
        var conversation = new ConversationKey("directline", "one-instance");
        // Slow reads would let every update read the same version, were they not taking turns; one attempt
        // each then leaves no room for a lost race.
        var state = new ConversationState<Counter>(new SlowReads(Storage), 1, FixedClock.New()) { MaxUpdateAttempts = 1 };

        var results = await Task.WhenAll(Enumerable.Range(0, Updates)
            .Select(_ => Task.Run(() => state.UpdateAsync(conversation, Counter.Increment))));

        Assert.All(results, r => Assert.Equal(StateUpdateOutcome.Updated, r.Outcome));
        Assert.Equal(Updates, (await state.ReadAsync(conversation)).State?.Count);
    }

    private sealed class SlowReads(IStorage inner) : IStorage
    {
        public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            var items = await inner.ReadAsync(keys, cancellationToken);
            await Task.Delay(10, cancellationToken);
            return items;
        }

        public Task<WriteResult> WriteAsync(IReadOnlyCollection<StoreChange> changes, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }

    [Fact]
    public async Task WriteAsync_SameKeyTwiceInOneCall_ThrowsAndWritesNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Storage.WriteAsync([new StoreChange("k", Json.Of(1)), new StoreChange("k", Json.Of(2))]));

        Assert.Empty(await Storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task AllMethods_InvalidKey_ThrowAndWriteNothing()
    {
        // Built here, not in InlineData: xunit's serialisation of theory data would repair the lone surrogates.
        string[] invalid = ["", "lone \ud800 high surrogate", "lone \udc00 low surrogate", "reversed \udc00\ud800 pair"];

        foreach (var key in invalid)
        {
            await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync([new StoreChange(key, Json.Of(1))]));
            await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadAsync([key]));
            await Assert.ThrowsAsync<ArgumentException>(() => Storage.DeleteAsync([key]));
        }

        // A lone surrogate must not be stored as U+FFFD, where it would collide with another key.
        Assert.Empty(await Storage.ReadAsync(["lone \ufffd high surrogate", "lone \ufffd low surrogate"]));
    }

    [Fact]
    public async Task WriteAsync_KeyOfTheMaximumLength_IsAcceptedAndOneByteMoreIsNot()
    {
        // 'ø' is two bytes in UTF-8: the limit is on the bytes the stores see, not on UTF-16 characters.
        var longest = new string('ø', IStorage.MaxKeyLength / 2);

        var written = await Storage.WriteAsync([new StoreChange(longest, Json.Of(1))]);

        Assert.True(written.Succeeded);
        Assert.Single(await Storage.ReadAsync([longest]));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync([new StoreChange(longest + "x", Json.Of(1))]));
    }

    [Fact]
    public async Task WriteAsync_UndefinedDocument_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync([new StoreChange("k", default(JsonElement))]));
    }

    [Fact]
    public async Task WriteAsync_DocumentsOfEveryJsonKind_RoundTrip()
    {
        string[] documents = ["{}", "[]", "\"text\"", "42", "-1.5e-7", "true", "null"];

        await Storage.WriteAsync(documents.Select((d, i) => new StoreChange($"k{i}", Json.Parse(d))).ToList());
        var items = await Storage.ReadAsync(documents.Select((_, i) => $"k{i}").ToList());

        Assert.All(documents.Select((d, i) => (d, i)), x => Json.Equal(Json.Parse(x.d), items[$"k{x.i}"].Document));
    }
}
