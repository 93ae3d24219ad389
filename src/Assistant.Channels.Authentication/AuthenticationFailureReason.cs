namespace Assistant.Channels.Authentication;

/// <summary>Why a request was rejected. Stable codes for logs and metrics; all mean HTTP 401.</summary>
public enum AuthenticationFailureReason
{
    /// <summary>An app id is configured and the request has no <c>Authorization</c> header.</summary>
    MissingAuthorizationHeader,

    /// <summary>The header is not exactly <c>Bearer &lt;token&gt;</c> (the scheme is case-sensitive, as in the SDK).</summary>
    InvalidAuthorizationHeader,

    /// <summary>No app id is configured, yet the request carries a token: it can never be valid (as in the .NET SDK).</summary>
    UnexpectedAuthorizationHeader,

    /// <summary>No app id is configured and the request did not come from a loopback address.</summary>
    AnonymousNotAllowed,

    /// <summary>The token is not a well-formed signed JWT.</summary>
    MalformedToken,

    /// <summary>The token's <c>alg</c> is not RS256, RS384 or RS512 (this covers <c>none</c> and HMAC).</summary>
    UnsupportedAlgorithm,

    /// <summary>The issuer is neither the Bot Framework's nor an accepted Emulator / Entra issuer.</summary>
    InvalidIssuer,

    /// <summary>The signing key is not among the published keys, even after a refresh of them.</summary>
    UnknownSigningKey,

    /// <summary>The signature does not verify with the published key.</summary>
    InvalidSignature,

    /// <summary>The token expired more than five minutes ago.</summary>
    TokenExpired,

    /// <summary>The token becomes valid more than five minutes from now.</summary>
    TokenNotYetValid,

    /// <summary>The token has no expiry, or its validity period is inconsistent.</summary>
    InvalidLifetime,

    /// <summary>A channel token's <c>aud</c> is not exactly the configured MicrosoftAppId.</summary>
    InvalidAudience,

    /// <summary>An Emulator token's <c>appid</c> / <c>azp</c> is missing or not the configured MicrosoftAppId.</summary>
    InvalidAppId,

    /// <summary>An Emulator token has no <c>ver</c> claim, or one other than 1.0 and 2.0.</summary>
    UnsupportedTokenVersion,

    /// <summary>The activity has a serviceUrl and the channel token has no <c>serviceurl</c> claim.</summary>
    MissingServiceUrlClaim,

    /// <summary>The channel token's <c>serviceurl</c> claim names another service URL than the activity.</summary>
    ServiceUrlMismatch,

    /// <summary>The signing key's endorsements do not include the activity's channelId.</summary>
    ChannelNotEndorsed,

    /// <summary>A channel token was signed by a key that carries no endorsements at all.</summary>
    SigningKeyNotEndorsed,

    /// <summary>The token failed validation for a reason not listed above.</summary>
    InvalidToken,

    /// <summary>The OpenID metadata or its key set could not be fetched, and no earlier copy is cached.</summary>
    MetadataUnavailable,
}
