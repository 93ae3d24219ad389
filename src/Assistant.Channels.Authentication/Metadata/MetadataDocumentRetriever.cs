using Microsoft.IdentityModel.Protocols;

namespace Assistant.Channels.Authentication.Metadata;

/// <summary>
/// Fetches metadata and key-set documents through the named HttpClient. A client is created per
/// fetch (rather than held by the long-lived cache) so that IHttpClientFactory can rotate handlers.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        // Checked here as well as at start-up because jwks_uri comes from the fetched document.
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !MetadataAddress.IsAllowed(uri))
        {
            throw new InvalidOperationException("Signing-key metadata must be fetched over https (http only from a loopback host).");
        }

        using var client = httpClientFactory.CreateClient(BotAuthenticationServiceCollectionExtensions.MetadataHttpClientName);
        using var response = await client.GetAsync(uri, cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
    }
}
