using System.Text.Json;

namespace Assistant.Storage.Memory;

/// <summary>
/// An <see cref="IStorage"/> in a dictionary of this process: for tests and local experiments, lost on restart.
/// Thread-safe; each call is atomic with respect to the others.
/// </summary>
/// <remarks>
/// Public, unlike the durable stores, because other projects' tests build one directly, as with the SDK's
/// <c>MemoryStorage</c>.
/// </remarks>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var wanted = StorageGuard.Keys(keys, nameof(keys));
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in wanted)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found.Add(key, item);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc />
    public Task<WriteResult> WriteAsync(IReadOnlyCollection<StoreChange> changes, CancellationToken cancellationToken = default)
    {
        var list = StorageGuard.Changes(changes, nameof(changes));
        cancellationToken.ThrowIfCancellationRequested();

        // Cloned outside the lock: the caller's JsonDocument may be disposed after the call, and copying
        // a large document should not hold up other conversations.
        var copies = list.Select(c => (Change: c, Document: c.Document.Clone())).ToList();
        lock (_gate)
        {
            var conflicts = list
                .Where(c => !StorageGuard.Allows(c.ETag, _items.TryGetValue(c.Key, out var stored) ? stored.ETag : null))
                .Select(c => c.Key)
                .ToList();
            if (conflicts.Count > 0)
            {
                return Task.FromResult(WriteResult.Conflicted(conflicts));
            }

            var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (change, document) in copies)
            {
                var eTag = StorageGuard.NewETag();
                _items[change.Key] = new StoreItem(change.Key, document, eTag);
                eTags.Add(change.Key, eTag);
            }

            return Task.FromResult(WriteResult.Written(eTags));
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var doomed = StorageGuard.Keys(keys, nameof(keys));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in doomed)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
