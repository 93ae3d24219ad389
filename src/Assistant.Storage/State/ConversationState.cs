using System.Text.Json;

namespace Assistant.Storage.State;

/// <summary>
/// One typed state record per conversation in an <see cref="IStorage"/>, in the role of the Bot Framework
/// SDK's <c>ConversationState</c> (same key form), but read and written explicitly rather than cached per turn.
/// </summary>
/// <typeparam name="TState">
/// An immutable record serialised with System.Text.Json. Change <see cref="SchemaVersion"/> whenever a change
/// to it would make old state read wrongly.
/// </typeparam>
/// <remarks>
/// Stateless apart from its settings, so one instance serves every conversation and thread. State is stored
/// as <c>{"schemaVersion": n, "updatedAt": "…", "state": {…}}</c>; state of any other version is reported as
/// <see cref="StateReadOutcome.Incompatible"/> and never deserialised, so a release can start such a
/// conversation fresh (or, later, migrate it) instead of misreading it.
/// </remarks>
public sealed class ConversationState<TState>
    where TState : class
{
    private readonly IStorage _storage;
    private readonly TimeProvider _timeProvider;
    private readonly JsonSerializerOptions _serializerOptions;
    private readonly int _maxUpdateAttempts = 10;

    /// <summary>
    /// Updates of one conversation made through this instance take turns: a lock per stripe of
    /// conversations, a fixed number so memory never grows with the conversations seen. Without it,
    /// many messages of one conversation at once made optimistic updates that could each lose the race
    /// more often than <see cref="MaxUpdateAttempts"/>; now only another process (another instance behind
    /// the same endpoint) can write in between, and the ETag check and retries handle that.
    /// </summary>
    private readonly SemaphoreSlim[] _updateStripes = Enumerable.Range(0, 1024).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <param name="storage">Where the state is kept.</param>
    /// <param name="schemaVersion">The version of <typeparamref name="TState"/>'s shape this release reads and writes; at least 1.</param>
    /// <param name="timeProvider">Stamps each write with the time it was made.</param>
    /// <param name="serializerOptions">How <typeparamref name="TState"/> is serialised; by default the web defaults (camelCase).</param>
    public ConversationState(IStorage storage, int schemaVersion, TimeProvider timeProvider, JsonSerializerOptions? serializerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(schemaVersion, 1);
        _storage = storage;
        _timeProvider = timeProvider;
        _serializerOptions = serializerOptions ?? new JsonSerializerOptions(JsonSerializerDefaults.Web);
        SchemaVersion = schemaVersion;
    }

    /// <summary>The schema version this instance reads and writes.</summary>
    public int SchemaVersion { get; }

    /// <summary>
    /// How many times <see cref="UpdateAsync"/> reads and applies an update before reporting
    /// <see cref="StateUpdateOutcome.Conflict"/>; 10 by default.
    /// </summary>
    /// <remarks>
    /// An attempt fails only when another update of the same conversation succeeded after it read, so with
    /// N simultaneous updates none needs more than N attempts. Updates through one instance take turns, so
    /// only other instances' updates count, and a conversation rarely has more than two or three messages
    /// in flight; 10 leaves a wide margin and still bounds the work.
    /// </remarks>
    public int MaxUpdateAttempts
    {
        get => _maxUpdateAttempts;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxUpdateAttempts = value;
        }
    }

    /// <summary>Reads the state of <paramref name="conversation"/>.</summary>
    public async Task<StateReadResult<TState>> ReadAsync(ConversationKey conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var key = conversation.StorageKey;
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item)
            ? Interpret(item)
            : new StateReadResult<TState>(StateReadOutcome.NotFound, null, StoreETag.Absent, null);
    }

    /// <summary>Writes <paramref name="state"/> for <paramref name="conversation"/> if the stored ETag is still <paramref name="eTag"/>.</summary>
    /// <param name="eTag">
    /// The <see cref="StateReadResult{TState}.ETag"/> of the read this state is based on;
    /// <see cref="StoreETag.Any"/> or <see langword="null"/> overwrites whatever is stored.
    /// </param>
    public async Task<StateWriteResult> WriteAsync(ConversationKey conversation, TState state, string? eTag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(state);
        var key = conversation.StorageKey;
        var envelope = new StateEnvelope(SchemaVersion, _timeProvider.GetUtcNow(), JsonSerializer.SerializeToElement(state, _serializerOptions));
        var change = new StoreChange(key, JsonSerializer.SerializeToElement(envelope, _serializerOptions), eTag);
        var result = await _storage.WriteAsync([change], cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? new StateWriteResult(true, result.ETags[key]) : new StateWriteResult(false, null);
    }

    /// <summary>
    /// Reads the state, applies <paramref name="update"/> and writes the result if nobody wrote in between;
    /// if somebody did, reads again and applies <paramref name="update"/> to the newer state, up to
    /// <see cref="MaxUpdateAttempts"/> times. So two messages of one conversation handled at once both take
    /// effect, whichever instance handles them.
    /// </summary>
    /// <param name="update">
    /// Makes the new state from the current one (<see langword="null"/> for a new conversation). It may run
    /// more than once, so it must be free of side effects and must not return <see langword="null"/>.
    /// </param>
    /// <remarks>
    /// State of another schema version, or unreadable state, is reported and left as it is; to start fresh,
    /// write a new state with <see cref="WriteAsync"/> and the ETag from the result.
    /// </remarks>
    public async Task<StateUpdateResult<TState>> UpdateAsync(ConversationKey conversation, Func<TState?, TState> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(update);
        var stripe = _updateStripes[(uint)StringComparer.Ordinal.GetHashCode(conversation.StorageKey) % (uint)_updateStripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await UpdateTakingTurnsAsync(conversation, update, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stripe.Release();
        }
    }

    private async Task<StateUpdateResult<TState>> UpdateTakingTurnsAsync(ConversationKey conversation, Func<TState?, TState> update, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxUpdateAttempts; attempt++)
        {
            var current = await ReadAsync(conversation, cancellationToken).ConfigureAwait(false);
            switch (current.Outcome)
            {
                case StateReadOutcome.Incompatible:
                    return new StateUpdateResult<TState>(StateUpdateOutcome.Incompatible, null, current.ETag, attempt, current.StoredSchemaVersion);
                case StateReadOutcome.Unreadable:
                    return new StateUpdateResult<TState>(StateUpdateOutcome.Unreadable, null, current.ETag, attempt, current.StoredSchemaVersion);
            }

            var next = update(current.State)
                ?? throw new InvalidOperationException("The update returned null; return a state, or delete the conversation's state instead.");
            var written = await WriteAsync(conversation, next, current.ETag, cancellationToken).ConfigureAwait(false);
            if (written.Succeeded)
            {
                return new StateUpdateResult<TState>(StateUpdateOutcome.Updated, next, written.ETag, attempt, SchemaVersion);
            }
        }

        return new StateUpdateResult<TState>(StateUpdateOutcome.Conflict, null, null, MaxUpdateAttempts, null);
    }

    /// <summary>Deletes the state of <paramref name="conversation"/>, unconditionally.</summary>
    public Task DeleteAsync(ConversationKey conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return _storage.DeleteAsync([conversation.StorageKey], cancellationToken);
    }

    private StateReadResult<TState> Interpret(StoreItem item)
    {
        var document = item.Document;
        if (document.ValueKind != JsonValueKind.Object
            || !document.TryGetProperty(StateEnvelope.SchemaVersionProperty, out var versionElement)
            || versionElement.ValueKind != JsonValueKind.Number
            || !versionElement.TryGetInt32(out var version))
        {
            return new StateReadResult<TState>(StateReadOutcome.Unreadable, null, item.ETag, null);
        }

        if (version != SchemaVersion)
        {
            return new StateReadResult<TState>(StateReadOutcome.Incompatible, null, item.ETag, version);
        }

        if (!document.TryGetProperty(StateEnvelope.StateProperty, out var stateElement))
        {
            return new StateReadResult<TState>(StateReadOutcome.Unreadable, null, item.ETag, version);
        }

        TState? state;
        try
        {
            state = stateElement.Deserialize<TState>(_serializerOptions);
        }
        catch (JsonException)
        {
            // Same version but not this shape: a bug or a hand edit, not something to crash a turn over.
            state = null;
        }

        return state is null
            ? new StateReadResult<TState>(StateReadOutcome.Unreadable, null, item.ETag, version)
            : new StateReadResult<TState>(StateReadOutcome.Found, state, item.ETag, version);
    }
}
