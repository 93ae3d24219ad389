using System.Text;
using System.Text.Json;

namespace Assistant.Storage;

/// <summary>The argument checks every <see cref="IStorage"/> makes, so all of them accept exactly the same input.</summary>
internal static class StorageGuard
{
    // Throwing on invalid UTF-16 matters: a lenient encoder would turn every lone surrogate into U+FFFD,
    // so two different keys would name the same SQLite row or Redis key.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The keys, validated, once each, in the order given.</summary>
    public static IReadOnlyList<string> Keys(IReadOnlyCollection<string> keys, string paramName)
    {
        ArgumentNullException.ThrowIfNull(keys, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            Key(key, paramName);
            if (seen.Add(key))
            {
                distinct.Add(key);
            }
        }

        return distinct;
    }

    /// <summary>The changes, validated; a key written twice in one call is ambiguous and rejected.</summary>
    public static IReadOnlyList<StoreChange> Changes(IReadOnlyCollection<StoreChange> changes, string paramName)
    {
        ArgumentNullException.ThrowIfNull(changes, paramName);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<StoreChange>(changes.Count);
        foreach (var change in changes)
        {
            if (change is null)
            {
                throw new ArgumentException("A change is null.", paramName);
            }

            Key(change.Key, paramName);
            if (change.Document.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException($"The document for key '{change.Key}' is undefined (a default JsonElement).", paramName);
            }

            if (!seen.Add(change.Key))
            {
                throw new ArgumentException($"Key '{change.Key}' is written more than once in one call.", paramName);
            }

            list.Add(change);
        }

        return list;
    }

    /// <summary>Whether <paramref name="eTag"/> asks for an unconditional write.</summary>
    public static bool IsUnconditional(string? eTag) => eTag is null or StoreETag.Any;

    /// <summary>
    /// Whether a change with <paramref name="expected"/> may replace what is stored now
    /// (<paramref name="current"/> is <see langword="null"/> when nothing is).
    /// </summary>
    public static bool Allows(string? expected, string? current) =>
        IsUnconditional(expected) || string.Equals(expected, current ?? StoreETag.Absent, StringComparison.Ordinal);

    /// <summary>A fresh ETag.</summary>
    /// <remarks>
    /// Random rather than a counter: a counter would start over when the process restarts or a key is
    /// deleted and created again, and an ETag read before that could then match a different document.
    /// </remarks>
    public static string NewETag() => Guid.NewGuid().ToString("N");

    private static void Key(string key, string paramName)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("A storage key must not be null or empty.", paramName);
        }

        int bytes;
        try
        {
            bytes = StrictUtf8.GetByteCount(key);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("A storage key must be well-formed UTF-16 (it contains a lone surrogate).", paramName, e);
        }

        if (bytes > IStorage.MaxKeyLength)
        {
            throw new ArgumentException($"A storage key must be at most {IStorage.MaxKeyLength} UTF-8 bytes; this one is {bytes}.", paramName);
        }
    }
}
