using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.DirectLine.Tokens;

/// <summary>
/// Issues and checks the channel's tokens: HS256 JWTs naming one conversation (<c>conv</c>) and its
/// user (<c>user</c>, the claim botframework-directlinejs reads), expiring after
/// <see cref="DirectLineOptions.TokenLifetime"/>. Expiry is checked against the injected clock,
/// not IdentityModel's, so tests can move time.
/// </summary>
internal sealed class DirectLineTokens(SigningKeyStore keys, TimeProvider timeProvider, IOptions<DirectLineOptions> options)
{
    public const string Issuer = "assistant/directline";
    public const string ConversationClaim = "conv";
    public const string UserClaim = "user";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedToken Issue(TokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var lifetime = options.Value.TokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object>
            {
                [ConversationClaim] = claims.ConversationId,
                [UserClaim] = claims.UserId,
            },
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, (int)lifetime.TotalSeconds);
    }

    /// <summary>The claims of a token this channel signed and that has not expired; null for anything else.</summary>
    public async Task<TokenClaims?> ValidateAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 4096)
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = keys.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = false,
        }).ConfigureAwait(false);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (jwt.ValidTo <= now || jwt.ValidFrom > now + TimeSpan.FromMinutes(5))
        {
            return null;
        }

        return jwt.TryGetClaim(ConversationClaim, out Claim conversation) && jwt.TryGetClaim(UserClaim, out Claim user)
            && conversation.Value.Length > 0 && user.Value.Length > 0
            ? new TokenClaims(conversation.Value, user.Value)
            : null;
    }
}
