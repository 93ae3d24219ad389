namespace Assistant.Storage.Tests.Support;

/// <summary>
/// Runs another writer just before each of the next <paramref name="times"/> writes, so a read-modify-write
/// loses the race on purpose, deterministically.
/// </summary>
public sealed class InterferingStorage(IStorage inner, Func<IStorage, Task> interfere, int times) : IStorage
{
    private int _remaining = times;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(keys, cancellationToken);

    public async Task<WriteResult> WriteAsync(IReadOnlyCollection<StoreChange> changes, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Decrement(ref _remaining) >= 0)
        {
            await interfere(inner);
        }

        return await inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);
}
