using System.Security.Claims;
using Assistant.Channels.Authentication.Metadata;

namespace Assistant.Channels.Authentication.Tokens;

/// <summary>What differs between the channel path and the Emulator path of token validation.</summary>
internal abstract class TokenPolicy(OpenIdMetadataCache metadata, string appId)
{
    /// <summary>Where this path's signing keys come from.</summary>
    public OpenIdMetadataCache Metadata { get; } = metadata;

    /// <summary>The configured MicrosoftAppId.</summary>
    protected string AppId { get; } = appId;

    /// <summary>Short name for logs.</summary>
    public abstract string Name { get; }

    /// <summary>Whether a key without an <c>endorsements</c> array may sign (Entra's keys have none).</summary>
    public abstract bool AcceptsKeysWithoutEndorsements { get; }

    /// <summary>The issuers accepted for a token carrying this <c>tid</c>.</summary>
    public abstract IEnumerable<string> ValidIssuers(string? tokenTenantId);

    /// <summary>The checks the SDK makes after IdentityModel has validated signature, issuer and lifetime.</summary>
    public abstract AuthenticationOutcome CheckClaims(ClaimsIdentity identity, BotRequest request);

    /// <summary>The first claim of exactly this type (ClaimsIdentity.FindFirst ignores case; the SDK does not).</summary>
    protected static string? FirstClaim(ClaimsIdentity identity, string type) =>
        identity.Claims.FirstOrDefault(claim => string.Equals(claim.Type, type, StringComparison.Ordinal))?.Value;
}
