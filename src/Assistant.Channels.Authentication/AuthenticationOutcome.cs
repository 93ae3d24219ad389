using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace Assistant.Channels.Authentication;

/// <summary>
/// The result of authenticating one request: <see cref="AuthenticationStatus.Authenticated"/>,
/// <see cref="AuthenticationStatus.Anonymous"/> or <see cref="AuthenticationStatus.Rejected"/>.
/// </summary>
public sealed record AuthenticationOutcome
{
    /// <summary>The authentication type of the identity given to anonymous requests, as in the SDK.</summary>
    public const string AnonymousAuthenticationType = "anonymous";

    private AuthenticationOutcome(
        AuthenticationStatus status,
        ClaimsIdentity? identity,
        string? appId,
        AuthenticationFailureReason? failureReason)
    {
        Status = status;
        Identity = identity;
        AppId = appId;
        FailureReason = failureReason;
    }

    /// <summary>What became of the request.</summary>
    public AuthenticationStatus Status { get; }

    /// <summary>
    /// The validated token's claims (raw JWT claim names: <c>aud</c>, <c>serviceurl</c>, <c>appid</c> …),
    /// or an empty identity of type <see cref="AnonymousAuthenticationType"/>; null when rejected.
    /// </summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>
    /// The Microsoft app id the token was issued for: the <c>aud</c> of a channel token, the
    /// <c>appid</c> (v1) or <c>azp</c> (v2) of an Emulator token. It always equals the configured
    /// MicrosoftAppId; null for anonymous and rejected requests.
    /// </summary>
    public string? AppId { get; }

    /// <summary>Why the request was rejected; null otherwise.</summary>
    public AuthenticationFailureReason? FailureReason { get; }

    /// <summary>
    /// A fixed, safe description of the failure (never token contents or exception text), fit for a
    /// log line or a 401 body; null unless rejected.
    /// </summary>
    public string? Message => FailureReason is { } reason ? Describe(reason) : null;

    /// <summary>True when the request may be processed (authenticated or anonymous).</summary>
    [MemberNotNullWhen(true, nameof(Identity))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool IsAccepted => Status != AuthenticationStatus.Rejected;

    /// <summary>A request carrying a valid token issued for <paramref name="appId"/>.</summary>
    public static AuthenticationOutcome Authenticated(ClaimsIdentity identity, string appId)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        return new(AuthenticationStatus.Authenticated, identity, appId, null);
    }

    /// <summary>A request allowed without a token; carries a fresh, claim-less identity.</summary>
    public static AuthenticationOutcome Anonymous() =>
        new(AuthenticationStatus.Anonymous, new ClaimsIdentity([], AnonymousAuthenticationType), null, null);

    /// <summary>A request that must be answered with HTTP 401.</summary>
    public static AuthenticationOutcome Rejected(AuthenticationFailureReason reason) =>
        new(AuthenticationStatus.Rejected, null, null, reason);

    private static string Describe(AuthenticationFailureReason reason) => reason switch
    {
        AuthenticationFailureReason.MissingAuthorizationHeader => "The request has no Authorization header.",
        AuthenticationFailureReason.InvalidAuthorizationHeader => "The Authorization header must be 'Bearer <token>'.",
        AuthenticationFailureReason.UnexpectedAuthorizationHeader => "The bot has no app id configured, so it accepts no tokens.",
        AuthenticationFailureReason.AnonymousNotAllowed => "Requests without a token are only accepted from this machine.",
        AuthenticationFailureReason.MalformedToken => "The token is not a well-formed signed JWT.",
        AuthenticationFailureReason.UnsupportedAlgorithm => "The token's signing algorithm is not accepted.",
        AuthenticationFailureReason.InvalidIssuer => "The token's issuer is not accepted.",
        AuthenticationFailureReason.UnknownSigningKey => "The token was signed with an unknown key.",
        AuthenticationFailureReason.InvalidSignature => "The token's signature is invalid.",
        AuthenticationFailureReason.TokenExpired => "The token has expired.",
        AuthenticationFailureReason.TokenNotYetValid => "The token is not yet valid.",
        AuthenticationFailureReason.InvalidLifetime => "The token's lifetime is missing or invalid.",
        AuthenticationFailureReason.InvalidAudience => "The token was not issued for this bot.",
        AuthenticationFailureReason.InvalidAppId => "The token was not issued to this bot's app id.",
        AuthenticationFailureReason.UnsupportedTokenVersion => "The token's version is not supported.",
        AuthenticationFailureReason.MissingServiceUrlClaim => "The token has no serviceurl claim.",
        AuthenticationFailureReason.ServiceUrlMismatch => "The token's serviceurl claim does not match the activity.",
        AuthenticationFailureReason.ChannelNotEndorsed => "The token's signing key is not endorsed for this channel.",
        AuthenticationFailureReason.SigningKeyNotEndorsed => "The token's signing key carries no endorsements.",
        AuthenticationFailureReason.InvalidToken => "The token is invalid.",
        AuthenticationFailureReason.MetadataUnavailable => "The signing keys could not be retrieved.",
        _ => "The request is not authorized.",
    };
}
