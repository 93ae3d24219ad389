namespace Assistant.Storage.Tests.Support;

/// <summary>
/// Holds every write back until <paramref name="reads"/> reads have been made through the storages it wraps,
/// so that many read-modify-writes started at once all read the same version and must collide, however
/// fast the storage or the machine. Without it a fast storage can serialise the writers by luck and a lost
/// update would go unnoticed.
/// </summary>
public sealed class ReadBarrier(int reads)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining = reads;

    public IStorage Wrap(IStorage inner) => new Gated(inner, this);

    private void PassRead()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _open.SetResult();
        }
    }

    private sealed class Gated(IStorage inner, ReadBarrier barrier) : IStorage
    {
        public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            var items = await inner.ReadAsync(keys, cancellationToken);
            barrier.PassRead();
            return items;
        }

        public async Task<WriteResult> WriteAsync(IReadOnlyCollection<StoreChange> changes, CancellationToken cancellationToken = default)
        {
            // A timeout means fewer reads than expected: fail loudly rather than hang the run.
            await barrier._open.Task.WaitAsync(Patience, cancellationToken);
            return await inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}
