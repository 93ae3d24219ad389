using System.Security.Claims;
using Assistant.Channels.Authentication.Metadata;

namespace Assistant.Channels.Authentication.Tokens;

/// <summary>
/// Tokens issued by Microsoft Entra ID, as the Bot Framework Emulator sends them (SDK:
/// <c>EmulatorValidation</c>). Skill tokens, which share these issuers, are out of scope: they
/// fail the app id check below because their <c>appid</c> is the calling bot's.
/// </summary>
internal sealed class EmulatorTokenPolicy(OpenIdMetadataCache metadata, string appId, EmulatorIssuers issuers)
    : TokenPolicy(metadata, appId)
{
    public override string Name => "emulator";

    public override bool AcceptsKeysWithoutEndorsements => true;

    public override IEnumerable<string> ValidIssuers(string? tokenTenantId) => issuers.For(tokenTenantId);

    public override AuthenticationOutcome CheckClaims(ClaimsIdentity identity, BotRequest request)
    {
        // v1 tokens name the client in appid, v2 tokens in azp; the SDK requires ver to tell which.
        var version = FirstClaim(identity, BotFrameworkTokens.VersionClaim);
        string? appId;
        if (version is null)
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.UnsupportedTokenVersion);
        }
        else if (string.IsNullOrWhiteSpace(version) || version == "1.0")
        {
            appId = FirstClaim(identity, BotFrameworkTokens.AppIdClaim);
        }
        else if (version == "2.0")
        {
            appId = FirstClaim(identity, BotFrameworkTokens.AuthorizedPartyClaim);
        }
        else
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.UnsupportedTokenVersion);
        }

        return string.Equals(appId, AppId, StringComparison.Ordinal)
            ? AuthenticationOutcome.Authenticated(identity, AppId)
            : AuthenticationOutcome.Rejected(AuthenticationFailureReason.InvalidAppId);
    }
}
