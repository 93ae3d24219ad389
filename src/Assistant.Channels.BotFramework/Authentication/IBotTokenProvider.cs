namespace Assistant.Channels.BotFramework.Authentication;

/// <summary>The bot's own access token for calls to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// A bearer token for <c>https://api.botframework.com</c>, from the token cache while it is
    /// valid; null in anonymous local mode (no app id), where calls carry no Authorization header.
    /// </summary>
    /// <exception cref="Connector.ConnectorException">No token could be had.</exception>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
