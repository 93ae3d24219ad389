namespace Assistant.Channels.Authentication.Metadata;

/// <summary>Which addresses signing keys may be fetched from.</summary>
internal static class MetadataAddress
{
    /// <summary>
    /// Keys decide who may talk to the bot, so they are fetched over https only; plain http is
    /// accepted for loopback hosts so that tests (and local tools) can serve their own keys.
    /// </summary>
    public static bool IsAllowed(Uri address) =>
        address.IsAbsoluteUri
        && (address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback));
}
