using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Assistant.Channels.Authentication.Metadata;

/// <summary>
/// Reads the metadata document, then its <c>jwks_uri</c>, into an <see cref="EndorsedOpenIdConfiguration"/>.
/// </summary>
internal sealed class EndorsedOpenIdConfigurationRetriever(MetadataRetrievalSignal signal) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(retriever);
        var generation = signal.BeginRetrieval();
        try
        {
            var configuration = new EndorsedOpenIdConfiguration(await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false))
            {
                Generation = generation,
            };
            if (string.IsNullOrWhiteSpace(configuration.JwksUri))
            {
                throw new InvalidOperationException("The OpenID metadata has no jwks_uri.");
            }

            configuration.LoadKeySet(await retriever.GetDocumentAsync(configuration.JwksUri, cancel).ConfigureAwait(false));

            // An empty key set is more likely a glitch than a real state; failing keeps the
            // ConfigurationManager on the keys it had.
            if (configuration.SigningKeys.Count == 0)
            {
                throw new InvalidOperationException("The key set has no usable signing keys.");
            }

            return configuration;
        }
        catch
        {
            // A failed fetch also ends the wait of a request that asked for fresh keys; a
            // successful one ends it once the ConfigurationManager has published the result.
            signal.EndRetrieval(generation);
            throw;
        }
    }
}
