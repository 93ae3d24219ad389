using System.Collections.Concurrent;
using System.Security.Claims;
using Assistant.Channels.Authentication.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.Authentication.Tokens;

/// <summary>
/// Validates a parsed token against one path's keys: signature with the published key it names,
/// issuer, lifetime (on the injected clock), the key's endorsements, then the path's own claims.
/// </summary>
internal sealed partial class BotTokenValidator(TimeProvider timeProvider, ILogger logger)
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>More verified tokens than any real set of channels sends at once; past it the memory starts over.</summary>
    private const int MaxVerifiedTokens = 1024;

    /// <summary>
    /// Tokens whose signature and issuer were verified with a published key, with the identity
    /// they carry. A channel sends the same token with every activity for up to an hour, and
    /// verifying its RSA signature was the dearest step of a turn. Only valid tokens are kept, keyed
    /// by the key object as well, so a key that is replaced or withdrawn verifies afresh or not at
    /// all; lifetime, endorsements and the path's claims are still checked on every request.
    /// </summary>
    private readonly ConcurrentDictionary<(string Token, SecurityKey Key, string Path), ClaimsIdentity> _verified = new();

    public async Task<AuthenticationOutcome> ValidateAsync(
        string rawToken,
        JsonWebToken token,
        TokenPolicy policy,
        BotRequest request,
        CancellationToken cancellationToken)
    {
        EndorsedOpenIdConfiguration metadata;
        try
        {
            metadata = await policy.Metadata.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogMetadataUnavailable(logger, policy.Metadata.Address, exception);
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.MetadataUnavailable);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.UnknownSigningKey);
        }

        var key = metadata.FindSigningKey(token.Kid);
        if (key is null)
        {
            // Keys rotate: a kid we do not know may be one published since the last fetch.
            metadata = await policy.Metadata.RefreshAsync(cancellationToken).ConfigureAwait(false);
            key = metadata.FindSigningKey(token.Kid);
            if (key is null)
            {
                return AuthenticationOutcome.Rejected(AuthenticationFailureReason.UnknownSigningKey);
            }
        }

        var verified = (rawToken, key, policy.Name);
        if (!_verified.TryGetValue(verified, out var identity))
        {
            var result = await ValidateWithKeyAsync(rawToken, token, policy, key).ConfigureAwait(false);
            if (!result.IsValid)
            {
                var failure = result.Exception?.GetType().Name;
                LogInvalidToken(logger, policy.Name, failure);
                return AuthenticationOutcome.Rejected(Classify(result.Exception));
            }

            identity = result.ClaimsIdentity;
            if (_verified.Count >= MaxVerifiedTokens)
            {
                _verified.Clear();
            }

            _verified[verified] = identity;
        }
        else
        {
            try
            {
                CheckLifetime(token.ValidFrom == DateTime.MinValue ? null : token.ValidFrom, token.ValidTo, BotFrameworkTokens.ClockSkew);
            }
            catch (SecurityTokenException exception)
            {
                var failure = exception.GetType().Name;
                LogInvalidToken(logger, policy.Name, failure);
                return AuthenticationOutcome.Rejected(Classify(exception));
            }
        }

        // The SDK's EndorsementsValidator: a key may only sign for the channels it is endorsed for;
        // an activity without a channelId makes no such claim and passes.
        if (metadata.Endorsements.TryGetValue(token.Kid, out var endorsements))
        {
            if (!string.IsNullOrEmpty(request.ChannelId) && !endorsements.Contains(request.ChannelId))
            {
                return AuthenticationOutcome.Rejected(AuthenticationFailureReason.ChannelNotEndorsed);
            }
        }
        else if (!policy.AcceptsKeysWithoutEndorsements)
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.SigningKeyNotEndorsed);
        }

        return policy.CheckClaims(identity, request);
    }

    private async Task<TokenValidationResult> ValidateWithKeyAsync(string rawToken, JsonWebToken token, TokenPolicy policy, SecurityKey key)
    {
        var parameters = new TokenValidationParameters
        {
            // Only the key the token names: the endorsements checked afterwards are that key's.
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            ValidAlgorithms = BotFrameworkTokens.AllowedAlgorithms,
            ValidateIssuer = true,
            ValidIssuers = policy.ValidIssuers(BotFrameworkTokens.TenantOf(token)),

            // The audience (channel) or app id (Emulator) is compared exactly by the policy.
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = BotFrameworkTokens.ClockSkew,
            LifetimeValidator = ValidateLifetime,
        };

        try
        {
            return await Handler.ValidateTokenAsync(rawToken, parameters).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Whatever IdentityModel throws on hostile input is a rejected token, never a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new TokenValidationResult { IsValid = false, Exception = exception };
        }
    }

    /// <summary>IdentityModel's lifetime rules, on the injected clock rather than the system clock IdentityModel reads itself.</summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken securityToken, TokenValidationParameters parameters)
    {
        CheckLifetime(notBefore, expires, parameters.ClockSkew);
        return true;
    }

    private void CheckLifetime(DateTime? notBefore, DateTime? expires, TimeSpan clockSkew)
    {
        if (expires is not { } end)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is { } start && start > end)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's validity ends before it starts.") { NotBefore = start, Expires = end };
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (notBefore is { } validFrom && validFrom > now + clockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not yet valid.") { NotBefore = validFrom };
        }

        if (end < now - clockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = end };
        }
    }

    private static AuthenticationFailureReason Classify(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => AuthenticationFailureReason.TokenExpired,
        SecurityTokenNotYetValidException => AuthenticationFailureReason.TokenNotYetValid,
        SecurityTokenNoExpirationException or SecurityTokenInvalidLifetimeException => AuthenticationFailureReason.InvalidLifetime,
        SecurityTokenInvalidIssuerException => AuthenticationFailureReason.InvalidIssuer,
        SecurityTokenInvalidAlgorithmException => AuthenticationFailureReason.UnsupportedAlgorithm,
        SecurityTokenSignatureKeyNotFoundException => AuthenticationFailureReason.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => AuthenticationFailureReason.InvalidSignature,
        SecurityTokenMalformedException or ArgumentException => AuthenticationFailureReason.MalformedToken,
        _ => AuthenticationFailureReason.InvalidToken,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "The signing keys at {Address} could not be fetched; rejecting the request.")]
    private static partial void LogMetadataUnavailable(ILogger logger, Uri address, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A {Path} token failed validation: {ExceptionType}.")]
    private static partial void LogInvalidToken(ILogger logger, string path, string? exceptionType);
}
