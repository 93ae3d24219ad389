namespace Assistant.Storage.State;

/// <summary>The result of <see cref="ConversationState{TState}.UpdateAsync"/>.</summary>
/// <param name="Outcome">What became of the update.</param>
/// <param name="State">The state written when <see cref="StateUpdateOutcome.Updated"/>; otherwise <see langword="null"/>.</param>
/// <param name="ETag">
/// The new ETag when updated; the stored ETag when <see cref="StateUpdateOutcome.Incompatible"/> or
/// <see cref="StateUpdateOutcome.Unreadable"/>, so the caller can write a fresh state over it conditionally.
/// </param>
/// <param name="Attempts">How many times the state was read and the update applied.</param>
/// <param name="StoredSchemaVersion">The schema version found when incompatible or unreadable, if any.</param>
public sealed record StateUpdateResult<TState>(StateUpdateOutcome Outcome, TState? State, string? ETag, int Attempts, int? StoredSchemaVersion)
    where TState : class;
