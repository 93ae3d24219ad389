namespace Assistant.Channels.Authentication;

/// <summary>
/// Decides whether an inbound Bot Framework request (POST /api/messages) may be processed, the way
/// the Bot Framework SDK's <c>JwtTokenValidation.AuthenticateRequest</c> does for the public cloud.
/// </summary>
public interface IBotRequestAuthenticator
{
    /// <summary>
    /// Authenticates one request. Never throws for anything the caller sent or for an unreachable
    /// metadata endpoint: every such failure is an <see cref="AuthenticationStatus.Rejected"/>
    /// outcome, which the host answers with HTTP 401.
    /// </summary>
    /// <param name="request">What the request carried.</param>
    /// <param name="cancellationToken">Cancelled when the HTTP request is aborted; then, and only
    /// then, an <see cref="OperationCanceledException"/> is thrown.</param>
    Task<AuthenticationOutcome> AuthenticateAsync(BotRequest request, CancellationToken cancellationToken);
}
