namespace Assistant.Storage.State;

/// <summary>What a read of conversation state found.</summary>
public enum StateReadOutcome
{
    /// <summary>State of the expected schema version, read into the state type.</summary>
    Found,

    /// <summary>Nothing is stored for the conversation: it is new, or its state was deleted.</summary>
    NotFound,

    /// <summary>
    /// State written with another schema version, older or newer. It is left untouched; the caller decides
    /// whether to start fresh (write over it with the read's ETag) or, for a newer version during a rolling
    /// upgrade, to leave it for the newer instances.
    /// </summary>
    Incompatible,

    /// <summary>Something is stored that is not conversation state of this type (no version, or a state that does not deserialise).</summary>
    Unreadable,
}
