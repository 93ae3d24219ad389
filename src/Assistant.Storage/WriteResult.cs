namespace Assistant.Storage;

/// <summary>What became of a <see cref="IStorage.WriteAsync"/>: every change was written, or none was.</summary>
public sealed record WriteResult
{
    private WriteResult(IReadOnlyDictionary<string, string> eTags, IReadOnlyList<string> conflicts)
    {
        ETags = eTags;
        Conflicts = conflicts;
    }

    /// <summary>Whether the changes were written; <see langword="false"/> means a concurrency conflict.</summary>
    public bool Succeeded => Conflicts.Count == 0;

    /// <summary>The new ETag of each key written; empty when the write conflicted.</summary>
    public IReadOnlyDictionary<string, string> ETags { get; }

    /// <summary>The keys whose ETag did not match what was stored; empty when the write succeeded.</summary>
    public IReadOnlyList<string> Conflicts { get; }

    /// <summary>The changes were written and now carry these ETags.</summary>
    public static WriteResult Written(IReadOnlyDictionary<string, string> eTags)
    {
        ArgumentNullException.ThrowIfNull(eTags);
        return new WriteResult(eTags, []);
    }

    /// <summary>Nothing was written because these keys conflicted.</summary>
    public static WriteResult Conflicted(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            throw new ArgumentException("A conflict names at least one key.", nameof(keys));
        }

        return new WriteResult(new Dictionary<string, string>(), keys);
    }
}
