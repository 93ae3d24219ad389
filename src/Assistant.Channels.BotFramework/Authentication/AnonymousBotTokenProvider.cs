namespace Assistant.Channels.BotFramework.Authentication;

/// <summary>Anonymous local mode (no app id): no token, as the SDK's AppCredentials do without an app id.</summary>
internal sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(null);
}
