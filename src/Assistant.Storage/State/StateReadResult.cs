namespace Assistant.Storage.State;

/// <summary>The result of <see cref="ConversationState{TState}.ReadAsync"/>.</summary>
/// <param name="Outcome">What was found.</param>
/// <param name="State">The state when <see cref="StateReadOutcome.Found"/>; otherwise <see langword="null"/>.</param>
/// <param name="ETag">
/// What to pass to <see cref="ConversationState{TState}.WriteAsync"/> to write only if nobody wrote since this
/// read: the stored ETag, or <see cref="StoreETag.Absent"/> when nothing was stored.
/// </param>
/// <param name="StoredSchemaVersion">The schema version stored, when there was one to read.</param>
public sealed record StateReadResult<TState>(StateReadOutcome Outcome, TState? State, string ETag, int? StoredSchemaVersion)
    where TState : class;
