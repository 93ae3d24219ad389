using System.Collections.Frozen;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.Authentication.Tokens;

/// <summary>Fixed values of Bot Framework token validation (SDK: <c>AuthenticationConstants</c>).</summary>
internal static class BotFrameworkTokens
{
    /// <summary>The only issuer of channel tokens in the public cloud.</summary>
    public const string ChannelIssuer = "https://api.botframework.com";

    public const string AudienceClaim = "aud";
    public const string ServiceUrlClaim = "serviceurl";
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string TenantIdClaim = "tid";

    /// <summary>The token's <c>tid</c> when it is a string; it widens the Emulator issuers accepted.</summary>
    public static string? TenantOf(JsonWebToken token) =>
        token.TryGetPayloadValue<string>(TenantIdClaim, out var tenant) ? tenant : null;

    /// <summary>The SDK's tolerance for clocks that disagree, both ways.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>RSA signatures only: no <c>none</c>, no HMAC (whose secret would be the public key).</summary>
    public static readonly FrozenSet<string> AllowedAlgorithms = FrozenSet.Create(
        StringComparer.Ordinal,
        SecurityAlgorithms.RsaSha256,
        SecurityAlgorithms.RsaSha384,
        SecurityAlgorithms.RsaSha512);

    /// <summary>
    /// Longest token read at all. Channel and Emulator tokens are 1–3 KB; IdentityModel's own
    /// limit (250 KB) is far above what this endpoint ever needs to parse.
    /// </summary>
    public const int MaxTokenLength = 32 * 1024;
}
