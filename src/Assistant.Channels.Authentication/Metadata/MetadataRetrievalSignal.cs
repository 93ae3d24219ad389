using Microsoft.IdentityModel.Protocols.Configuration;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Assistant.Channels.Authentication.Metadata;

/// <summary>
/// Numbers each fetch of the metadata and tells when one has ended, published or failed.
/// IdentityModel 8 refreshes in the background after <c>RequestRefresh</c>, so a request that met
/// an unknown key waits here for a fetch that started after it asked, before it looks again.
/// (Waiting for "the next notification" would not do: the notice of an earlier fetch is raised on
/// another thread and may arrive after the request started waiting.)
/// </summary>
internal sealed class MetadataRetrievalSignal : IConfigurationEventHandler<OpenIdConnectConfiguration>
{
    private readonly Lock _gate = new();
    private readonly List<(long Generation, TaskCompletionSource Ended)> _waiters = [];
    private long _started;
    private long _ended;

    /// <summary>The number of the latest fetch started.</summary>
    public long Started => Interlocked.Read(ref _started);

    /// <summary>Called by the retriever as a fetch starts; returns its number.</summary>
    public long BeginRetrieval() => Interlocked.Increment(ref _started);

    /// <summary>Called when fetch <paramref name="generation"/> has failed or its result is published.</summary>
    public void EndRetrieval(long generation)
    {
        List<TaskCompletionSource> ended;
        lock (_gate)
        {
            _ended = Math.Max(_ended, generation);
            ended = _waiters.Where(waiter => waiter.Generation <= _ended).Select(waiter => waiter.Ended).ToList();
            _waiters.RemoveAll(waiter => waiter.Generation <= _ended);
        }

        ended.ForEach(source => source.TrySetResult());
    }

    /// <summary>Completes when a fetch numbered above <paramref name="generation"/> has ended.</summary>
    public Task WaitForRetrievalAfter(long generation)
    {
        lock (_gate)
        {
            if (_ended > generation)
            {
                return Task.CompletedTask;
            }

            var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((generation + 1, source));
            return source.Task;
        }
    }

    public Task<ConfigurationEventHandlerResult<OpenIdConnectConfiguration>> BeforeRetrieveAsync(
        string metadataAddress,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(ConfigurationEventHandlerResult<OpenIdConnectConfiguration>.NoResult);

    // Called by the ConfigurationManager once it has published the configuration.
    public Task AfterUpdateAsync(string metadataAddress, OpenIdConnectConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (configuration is EndorsedOpenIdConfiguration { Generation: var generation })
        {
            EndRetrieval(generation);
        }

        return Task.CompletedTask;
    }
}
