using System.Net;
using Assistant.Channels.Authentication.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.Authentication.Tests;

/// <summary>Emulator / Entra tokens: the issuer list, the ver-dependent app id, no serviceurl check.</summary>
public sealed class BotRequestAuthenticatorEmulatorTests : IClassFixture<OpenIdServerFixture>, IDisposable
{
    private const string EmulatorServiceUrl = "http://localhost:52673";
    private const string OtherTenant = "3b6a8c52-9d1e-4f0a-8b7c-2e5d4a1f9c60";

    private readonly OpenIdServerFixture _fixture;
    private readonly FakeTimeProvider _time = OpenIdServerFixture.NewClock();
    private readonly TestAuthenticator _authenticator;

    public BotRequestAuthenticatorEmulatorTests(OpenIdServerFixture fixture)
    {
        _fixture = fixture;
        _authenticator = TestAuthenticator.Create(fixture.Server, _time);
    }

    public void Dispose() => _authenticator.Dispose();

    [Fact]
    public async Task AuthenticateAsync_EmulatorV1TokenWithAppId_Authenticated()
    {
        var outcome = await AuthenticateAsync(TestToken.EmulatorV1(_time));

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(TestToken.AppId, outcome.AppId);
        Assert.Equal(TestToken.AppId, outcome.Identity?.FindFirst("appid")?.Value);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorV2TokenWithAzp_Authenticated()
    {
        var outcome = await AuthenticateAsync(TestToken.EmulatorV2(_time));

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(TestToken.AppId, outcome.AppId);
    }

    [Fact]
    public async Task AuthenticateAsync_EmptyVersionReadsAppIdLikeV1_Authenticated()
    {
        var token = TestToken.EmulatorV1(_time);
        token.Claims["ver"] = "";

        var outcome = await AuthenticateAsync(token);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("2")]
    [InlineData("v2.0")]
    public async Task AuthenticateAsync_UnknownVersion_RejectedAsUnsupportedTokenVersion(string version)
    {
        var token = TestToken.EmulatorV2(_time);
        token.Claims["ver"] = version;

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnsupportedTokenVersion, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_NoVersionClaim_RejectedAsUnsupportedTokenVersion()
    {
        var token = TestToken.EmulatorV1(_time);
        token.Claims.Remove("ver");

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnsupportedTokenVersion, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_V1TokenForAnotherApp_RejectedAsInvalidAppId()
    {
        var token = TestToken.EmulatorV1(_time);
        token.Claims["appid"] = "00000000-0000-0000-0000-000000000001";
        token.Claims["azp"] = TestToken.AppId;

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidAppId, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_V2TokenWithoutAzp_RejectedAsInvalidAppId()
    {
        var token = TestToken.EmulatorV2(_time);
        token.Claims.Remove("azp");
        token.Claims["appid"] = TestToken.AppId;

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidAppId, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_AppIdDiffersInCase_RejectedAsInvalidAppId()
    {
        var token = TestToken.EmulatorV1(_time);
        token.Claims["appid"] = TestToken.AppId.ToUpperInvariant();

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidAppId, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_EmulatorTokenWithoutServiceUrlClaim_AuthenticatedWithoutServiceUrlCheck()
    {
        var token = TestToken.EmulatorV1(_time);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}", channelId: "emulator", serviceUrl: "https://anything.example/");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_Expired_RejectedAsExpired()
    {
        var token = TestToken.EmulatorV2(_time);
        token.NotBefore = OpenIdServerFixture.Now.AddHours(-2);
        token.Expires = OpenIdServerFixture.Now.AddMinutes(-6);

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.TokenExpired, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByChannelKey_RejectedAsUnknownSigningKey()
    {
        var token = TestToken.EmulatorV1(_time);
        token.Key = TestKeys.Channel;

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnknownSigningKey, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyEndorsedForOtherChannels_RejectedAsChannelNotEndorsed()
    {
        var token = TestToken.EmulatorV1(_time);
        token.Key = TestKeys.EndorsedEmulator;

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.ChannelNotEndorsed, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenFromOwnTenant_AcceptedThroughItsTid()
    {
        var token = TestToken.EmulatorV2(_time);
        token.Issuer = $"https://login.microsoftonline.com/{OtherTenant}/v2.0";
        token.Claims["tid"] = OtherTenant;

        var outcome = await AuthenticateAsync(token);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_IssuerOfConfiguredTenantWithoutTid_Authenticated()
    {
        using var authenticator = TestAuthenticator.Create(_fixture.Server, _time, new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = OtherTenant,
        });
        var token = TestToken.EmulatorV1(_time);
        token.Issuer = $"https://sts.windows.net/{OtherTenant}/";
        token.Claims.Remove("tid");

        var outcome = await authenticator.AuthenticateAsync($"Bearer {token.Sign()}", channelId: "emulator", serviceUrl: EmulatorServiceUrl);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_TenantIssuerWithAnotherTid_RejectedAsInvalidIssuer()
    {
        var token = TestToken.EmulatorV1(_time);
        token.Issuer = $"https://sts.windows.net/{OtherTenant}/";
        token.Claims["tid"] = TestToken.EmulatorV1Tenant;

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidIssuer, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_TenantOfAnEarlierToken_IsNotRemembered()
    {
        var first = TestToken.EmulatorV1(_time);
        first.Issuer = $"https://sts.windows.net/{OtherTenant}/";
        first.Claims["tid"] = OtherTenant;
        Assert.Equal(AuthenticationStatus.Authenticated, (await AuthenticateAsync(first)).Status);

        var second = TestToken.EmulatorV1(_time);
        second.Issuer = $"https://sts.windows.net/{OtherTenant}/";
        second.Claims.Remove("tid");
        var outcome = await AuthenticateAsync(second);

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidIssuer, outcome);
    }

    [Theory]
    [InlineData("../evil")]
    [InlineData("3B6A8C52-9D1E-4F0A-8B7C-2E5D4A1F9C60")]
    [InlineData("{3b6a8c52-9d1e-4f0a-8b7c-2e5d4a1f9c60}")]
    public async Task AuthenticateAsync_IssuerBuiltFromNonCanonicalTid_RejectedAsInvalidIssuer(string tid)
    {
        var token = TestToken.EmulatorV1(_time);
        token.Issuer = $"https://sts.windows.net/{tid}/";
        token.Claims["tid"] = tid;

        var outcome = await AuthenticateAsync(token);

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidIssuer, outcome);
    }

    private Task<AuthenticationOutcome> AuthenticateAsync(TestToken token) =>
        _authenticator.AuthenticateAsync(new BotRequest($"Bearer {token.Sign()}", "emulator", EmulatorServiceUrl, IPAddress.Loopback));
}
