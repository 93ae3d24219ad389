namespace Assistant.Storage.State;

/// <summary>The result of <see cref="ConversationState{TState}.WriteAsync"/>.</summary>
/// <param name="Succeeded">Whether the state was written; <see langword="false"/> means somebody wrote since the ETag was read.</param>
/// <param name="ETag">The new ETag when written; otherwise <see langword="null"/>.</param>
public sealed record StateWriteResult(bool Succeeded, string? ETag);
