namespace Assistant.Storage;

/// <summary>
/// A store of JSON documents by key with optimistic concurrency, modelled on the Bot Framework SDK's
/// <c>Microsoft.Bot.Builder.IStorage</c> so that moving to an official storage package is a contained change.
/// </summary>
/// <remarks>
/// <para>
/// Keys are opaque, case-sensitive strings such as <c>msteams/conversations/19:abc</c>. A key must be
/// non-empty, well-formed UTF-16 (no lone surrogates, which would make two keys collide once encoded) and
/// at most <see cref="MaxKeyLength"/> UTF-8 bytes; other keys are rejected with an <see cref="ArgumentException"/>
/// because they are programming errors, not outcomes.
/// </para>
/// <para>
/// A concurrency conflict is an expected outcome, so <see cref="WriteAsync"/> reports it in its
/// <see cref="WriteResult"/> and never throws for it. Exceptions are left for failures of the store itself
/// (a file that cannot be opened, a Redis server that cannot be reached).
/// </para>
/// </remarks>
public interface IStorage
{
    /// <summary>The longest key accepted, in UTF-8 bytes.</summary>
    public const int MaxKeyLength = 1024;

    /// <summary>Reads the items stored under <paramref name="keys"/>.</summary>
    /// <param name="keys">The keys to read; duplicates are read once.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The items that exist, by key; keys with nothing stored are absent from the result.</returns>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes <paramref name="changes"/> all or nothing: when any change's <see cref="StoreChange.ETag"/>
    /// does not match what is stored, nothing is written and the result names every conflicting key.
    /// </summary>
    /// <param name="changes">The documents to write; a key may appear only once.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The new ETag of every key written, or the keys that conflicted.</returns>
    Task<WriteResult> WriteAsync(IReadOnlyCollection<StoreChange> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the items stored under <paramref name="keys"/>, unconditionally; missing keys are ignored.</summary>
    /// <param name="keys">The keys to delete.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
