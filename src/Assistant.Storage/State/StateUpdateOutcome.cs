namespace Assistant.Storage.State;

/// <summary>What became of <see cref="ConversationState{TState}.UpdateAsync"/>.</summary>
public enum StateUpdateOutcome
{
    /// <summary>The update was applied and written.</summary>
    Updated,

    /// <summary>Every attempt lost to a concurrent writer; nothing of this update was written.</summary>
    Conflict,

    /// <summary>The stored state has another schema version; nothing was written (see <see cref="StateReadOutcome.Incompatible"/>).</summary>
    Incompatible,

    /// <summary>What is stored is not state of this type; nothing was written.</summary>
    Unreadable,
}
