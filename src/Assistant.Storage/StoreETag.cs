namespace Assistant.Storage;

/// <summary>ETag values with a meaning of their own in a <see cref="StoreChange"/>.</summary>
public static class StoreETag
{
    /// <summary>Write whatever is stored, as in the Bot Framework SDK.</summary>
    public const string Any = "*";

    /// <summary>
    /// Write only if nothing is stored under the key. The Bot Framework SDK has no such condition, so there
    /// the first writes of two simultaneous turns race and one is lost; reading a missing key therefore
    /// yields this value, and writing it back makes the create as safe as any other update.
    /// </summary>
    public const string Absent = "absent";
}
