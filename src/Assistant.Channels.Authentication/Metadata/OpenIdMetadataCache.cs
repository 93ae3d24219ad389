using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Assistant.Channels.Authentication.Metadata;

/// <summary>
/// The signing keys (with endorsements) of one metadata URL, cached by IdentityModel's
/// <see cref="ConfigurationManager{T}"/>: fetched on first use, refreshed in the background every
/// <see cref="AutomaticRefreshInterval"/>, and on demand when a token names an unknown key — at
/// most once per <see cref="ForcedRefreshInterval"/>, so a flood of made-up key ids cannot turn
/// into a flood of fetches.
/// </summary>
internal sealed class OpenIdMetadataCache
{
    /// <summary>IdentityModel's default; the SDK keeps it.</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    /// <summary>IdentityModel's default minimum between requested refreshes.</summary>
    public static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(5);

    // Two documents at the HttpClient's 5-second timeout each. This bounds a network wait, not a
    // rule of the protocol, so it runs on the real clock even when tests fake the injected one.
    private static readonly TimeSpan ForcedRefreshWait = TimeSpan.FromSeconds(10);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly MetadataRetrievalSignal _signal = new();
    private readonly TimeProvider _timeProvider;
    private readonly Lock _gate = new();
    private Task? _forcedRefresh;
    private DateTimeOffset _forcedRefreshStarted;

    public OpenIdMetadataCache(Uri address, IDocumentRetriever documents, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(address);
        Address = address;
        _timeProvider = timeProvider;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            address.AbsoluteUri,
            new EndorsedOpenIdConfigurationRetriever(_signal),
            documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = ForcedRefreshInterval,
            ConfigurationEventHandler = _signal,
        };
    }

    public Uri Address { get; }

    /// <summary>The cached keys; fetches them when there are none yet, and throws if that fails.</summary>
    public async Task<EndorsedOpenIdConfiguration> GetAsync(CancellationToken cancellationToken) =>
        (EndorsedOpenIdConfiguration)await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The keys after a refresh: a new one if none was started within <see cref="ForcedRefreshInterval"/>,
    /// else the one already made (or still running). Returns the cached keys if the refresh fails.
    /// </summary>
    public async Task<EndorsedOpenIdConfiguration> RefreshAsync(CancellationToken cancellationToken)
    {
        Task refresh;
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            if (_forcedRefresh is null || now - _forcedRefreshStarted >= ForcedRefreshInterval)
            {
                _forcedRefreshStarted = now;
                var retrieval = _signal.WaitForRetrievalAfter(_signal.Started);
                _manager.RequestRefresh();
                _forcedRefresh = WaitForAsync(retrieval);
            }

            refresh = _forcedRefresh;
        }

        await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await GetAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WaitForAsync(Task retrieval)
    {
        try
        {
            await retrieval.WaitAsync(ForcedRefreshWait, TimeProvider.System).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The refresh did not end in time; the caller decides with the keys it has.
        }
    }
}
