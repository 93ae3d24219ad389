using Assistant.Channels.Authentication.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.Authentication.Tests;

/// <summary>Channel tokens (issuer https://api.botframework.com), against keys served by a local OpenID server.</summary>
public sealed class BotRequestAuthenticatorChannelTests : IClassFixture<OpenIdServerFixture>, IDisposable
{
    private readonly FakeTimeProvider _time = OpenIdServerFixture.NewClock();
    private readonly TestAuthenticator _authenticator;

    public BotRequestAuthenticatorChannelTests(OpenIdServerFixture fixture)
    {
        _authenticator = TestAuthenticator.Create(fixture.Server, _time);
    }

    public void Dispose() => _authenticator.Dispose();

    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_Authenticated()
    {
        var token = TestToken.Channel(_time).Sign();

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.True(outcome.IsAccepted);
        Assert.Equal(TestToken.AppId, outcome.AppId);
        Assert.Null(outcome.FailureReason);
        Assert.Null(outcome.Message);
        Assert.True(outcome.Identity.IsAuthenticated);
        Assert.Equal(TestToken.ServiceUrl, outcome.Identity.FindFirst("serviceurl")?.Value);
        Assert.Equal(TestToken.AppId, outcome.Identity.FindFirst("aud")?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateAsync_RsaAlgorithms_Authenticated(string algorithm)
    {
        var token = TestToken.Channel(_time);
        token.Algorithm = algorithm;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_Expired_RejectedAsExpired()
    {
        var token = TestToken.Channel(_time);
        token.NotBefore = OpenIdServerFixture.Now.AddHours(-2);
        token.Expires = OpenIdServerFixture.Now.AddMinutes(-6);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.TokenExpired, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinFiveMinuteSkew_Authenticated()
    {
        var token = TestToken.Channel(_time);
        token.NotBefore = OpenIdServerFixture.Now.AddHours(-2);
        token.Expires = OpenIdServerFixture.Now.AddMinutes(-4);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValid_RejectedAsNotYetValid()
    {
        var token = TestToken.Channel(_time);
        token.NotBefore = OpenIdServerFixture.Now.AddMinutes(6);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.TokenNotYetValid, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValidWithinFiveMinuteSkew_Authenticated()
    {
        var token = TestToken.Channel(_time);
        token.NotBefore = OpenIdServerFixture.Now.AddMinutes(4);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ClockMovesPastExpiryAndSkew_RejectedAsExpired()
    {
        var token = TestToken.Channel(_time).Sign();
        Assert.Equal(AuthenticationStatus.Authenticated, (await _authenticator.AuthenticateAsync($"Bearer {token}")).Status);

        _time.Advance(TimeSpan.FromMinutes(66));
        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.TokenExpired, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NoExpiry_RejectedAsInvalidLifetime()
    {
        var token = TestToken.Channel(_time);
        token.Expires = null;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidLifetime, outcome);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://evil.example")]
    [InlineData("")]
    public async Task AuthenticateAsync_WrongIssuer_RejectedAsInvalidIssuer(string issuer)
    {
        var token = TestToken.Channel(_time);
        token.Issuer = issuer;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidIssuer, outcome);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    [InlineData(TestToken.AppId + "/")]
    [InlineData("5E1B1A7C-33A4-4F43-9A37-0F6D2F8F1F10")]
    [InlineData("https://api.botframework.com")]
    [InlineData("")]
    public async Task AuthenticateAsync_WrongAudience_RejectedAsInvalidAudience(string audience)
    {
        var token = TestToken.Channel(_time);
        token.Audience = audience;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidAudience, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NoAudience_RejectedAsInvalidAudience()
    {
        var token = TestToken.Channel(_time);
        token.Audience = null;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidAudience, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_AudienceListNamingAnotherAppToo_RejectedAsInvalidAudience()
    {
        var token = TestToken.Channel(_time);
        token.Audience = new[] { TestToken.AppId, "00000000-0000-0000-0000-000000000001" };

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidAudience, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_MissingServiceUrlClaim_RejectedAsMissingServiceUrlClaim()
    {
        var token = TestToken.Channel(_time);
        token.Claims.Remove("serviceurl");

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MissingServiceUrlClaim, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_DifferentServiceUrl_RejectedAsServiceUrlMismatch()
    {
        var token = TestToken.Channel(_time).Sign();

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}", serviceUrl: "https://evil.example/");

        OutcomeAssert.Rejected(AuthenticationFailureReason.ServiceUrlMismatch, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_AcceptedTokenSentFromAnotherServiceUrl_RejectedAsServiceUrlMismatch()
    {
        var token = TestToken.Channel(_time).Sign();
        Assert.Equal(AuthenticationStatus.Authenticated, (await _authenticator.AuthenticateAsync($"Bearer {token}")).Status);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}", serviceUrl: "https://evil.example/");

        OutcomeAssert.Rejected(AuthenticationFailureReason.ServiceUrlMismatch, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_AcceptedTokenSentForAChannelNotEndorsed_RejectedAsChannelNotEndorsed()
    {
        var token = TestToken.Channel(_time).Sign();
        Assert.Equal(AuthenticationStatus.Authenticated, (await _authenticator.AuthenticateAsync($"Bearer {token}")).Status);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}", channelId: "skype");

        OutcomeAssert.Rejected(AuthenticationFailureReason.ChannelNotEndorsed, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_AcceptedTokenTwice_AuthenticatedWithTheSameClaimsBothTimes()
    {
        var token = TestToken.Channel(_time).Sign();

        var first = await _authenticator.AuthenticateAsync($"Bearer {token}");
        _time.Advance(TimeSpan.FromMinutes(30));
        var second = await _authenticator.AuthenticateAsync($"Bearer {token}");

        Assert.Equal(AuthenticationStatus.Authenticated, first.Status);
        Assert.Equal(AuthenticationStatus.Authenticated, second.Status);
        Assert.Equal(TestToken.ServiceUrl, second.Identity!.FindFirst("serviceurl")?.Value);
        Assert.Equal(TestToken.AppId, second.AppId);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCase_Authenticated()
    {
        var token = TestToken.Channel(_time).Sign();

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}", serviceUrl: TestToken.ServiceUrl.ToUpperInvariant());

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_EmptyServiceUrlOnActivity_RejectedAsServiceUrlMismatch()
    {
        var token = TestToken.Channel(_time).Sign();

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}", serviceUrl: string.Empty);

        OutcomeAssert.Rejected(AuthenticationFailureReason.ServiceUrlMismatch, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_ActivityWithoutServiceUrl_AuthenticatedWithoutServiceUrlClaim()
    {
        var token = TestToken.Channel(_time);
        token.Claims.Remove("serviceurl");

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}", serviceUrl: null);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("MSTeams")]
    [InlineData("msteams ")]
    public async Task AuthenticateAsync_ChannelNotEndorsedBySigningKey_RejectedAsChannelNotEndorsed(string channelId)
    {
        var token = TestToken.Channel(_time).Sign();

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}", channelId: channelId);

        OutcomeAssert.Rejected(AuthenticationFailureReason.ChannelNotEndorsed, outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task AuthenticateAsync_ActivityWithoutChannelId_Authenticated(string? channelId)
    {
        var token = TestToken.Channel(_time).Sign();

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}", channelId: channelId);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_SigningKeyWithoutEndorsements_RejectedAsSigningKeyNotEndorsed()
    {
        var token = TestToken.Channel(_time);
        token.Key = TestKeys.Unendorsed;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.SigningKeyNotEndorsed, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByUnknownKey_RejectedAsUnknownSigningKey()
    {
        var token = TestToken.Channel(_time);
        token.Key = TestKeys.Unpublished;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnknownSigningKey, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByEmulatorKey_RejectedAsUnknownSigningKey()
    {
        var token = TestToken.Channel(_time);
        token.Key = TestKeys.Emulator;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnknownSigningKey, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NoKeyId_RejectedAsUnknownSigningKey()
    {
        var token = TestToken.Channel(_time);
        var keyWithoutId = new RsaSecurityKey(TestKeys.Channel.SecurityKey.Rsa);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign(new SigningCredentials(keyWithoutId, SecurityAlgorithms.RsaSha256))}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnknownSigningKey, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_OtherKeyUnderPublishedKeyId_RejectedAsInvalidSignature()
    {
        var token = TestToken.Channel(_time);
        token.Key = TestKeys.Unpublished.WithKeyId(TestKeys.Channel.KeyId);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidSignature, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_TamperedPayload_RejectedAsInvalidSignature()
    {
        var tampered = TestToken.Channel(_time).Tampered(TestToken.ServiceUrl, "https://evil.example/");

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {tampered}", serviceUrl: "https://evil.example/");

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidSignature, outcome);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData("")]
    public async Task AuthenticateAsync_AlgNoneUnsignedToken_RejectedAsUnsupportedAlgorithm(string algorithm)
    {
        var unsigned = TestToken.Channel(_time).WithoutSignature(algorithm);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {unsigned}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnsupportedAlgorithm, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_Rs256HeaderWithoutSignature_RejectedAsInvalidSignature()
    {
        var unsigned = TestToken.Channel(_time).WithoutSignature(SecurityAlgorithms.RsaSha256);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {unsigned}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidSignature, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_Hs256Token_RejectedAsUnsupportedAlgorithm()
    {
        var secret = new SymmetricSecurityKey(new byte[32]) { KeyId = TestKeys.Channel.KeyId };
        var token = TestToken.Channel(_time).Sign(new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnsupportedAlgorithm, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_Ps256Token_RejectedAsUnsupportedAlgorithm()
    {
        var token = TestToken.Channel(_time);
        token.Algorithm = SecurityAlgorithms.RsaSsaPssSha256;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnsupportedAlgorithm, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_EncryptedToken_RejectedAsMalformedToken()
    {
        var handler = new JsonWebTokenHandler();
        var encrypted = handler.EncryptToken(
            TestToken.Channel(_time).Sign(),
            new EncryptingCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes128CbcHmacSha256));

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {encrypted}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MalformedToken, outcome);
    }
}
