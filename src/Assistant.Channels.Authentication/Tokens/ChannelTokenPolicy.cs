using System.Security.Claims;
using Assistant.Channels.Authentication.Metadata;

namespace Assistant.Channels.Authentication.Tokens;

/// <summary>
/// Tokens from the Bot Framework channels (Azure Bot Service, Direct Line, Web Chat, Teams) in the
/// public cloud (SDK: <c>ChannelValidation</c> / the channel branch of
/// <c>ParameterizedBotFrameworkAuthentication</c>). Government and enterprise channels are out of scope.
/// </summary>
internal sealed class ChannelTokenPolicy(OpenIdMetadataCache metadata, string appId) : TokenPolicy(metadata, appId)
{
    private static readonly string[] Issuers = [BotFrameworkTokens.ChannelIssuer];

    public override string Name => "channel";

    // The SDK rejects a channel token whose key has no endorsements ("Could not validate endorsement key").
    public override bool AcceptsKeysWithoutEndorsements => false;

    public override IEnumerable<string> ValidIssuers(string? tokenTenantId) => Issuers;

    public override AuthenticationOutcome CheckClaims(ClaimsIdentity identity, BotRequest request)
    {
        // The SDK compares the aud claim with the app id itself, exactly; IdentityModel's audience
        // check would forgive a trailing slash. A token for several audiences is not one for this bot.
        var audiences = identity.Claims
            .Where(claim => string.Equals(claim.Type, BotFrameworkTokens.AudienceClaim, StringComparison.Ordinal))
            .Select(claim => claim.Value)
            .ToArray();
        if (audiences.Length != 1 || !string.Equals(audiences[0], AppId, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.InvalidAudience);
        }

        // The claim binds the token to the service the bot will answer; without the check a token
        // captured from one channel could point the bot's replies (and its own token) elsewhere.
        if (request.ServiceUrl is not null)
        {
            var serviceUrl = FirstClaim(identity, BotFrameworkTokens.ServiceUrlClaim);
            if (string.IsNullOrWhiteSpace(serviceUrl))
            {
                return AuthenticationOutcome.Rejected(AuthenticationFailureReason.MissingServiceUrlClaim);
            }

            if (!string.Equals(serviceUrl, request.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return AuthenticationOutcome.Rejected(AuthenticationFailureReason.ServiceUrlMismatch);
            }
        }

        return AuthenticationOutcome.Authenticated(identity, audiences[0]);
    }
}
