using System.Net;
using Assistant.Channels.Authentication.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.Authentication.Tests;

/// <summary>No MicrosoftAppId: requests without a token, accepted from loopback only unless configured otherwise.</summary>
public sealed class BotRequestAuthenticatorAnonymousTests(OpenIdServerFixture fixture) : IClassFixture<OpenIdServerFixture>
{
    private readonly FakeTimeProvider _time = OpenIdServerFixture.NewClock();

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.42.0.7")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task AuthenticateAsync_AnonymousFromLoopback_Anonymous(string address)
    {
        using var authenticator = Anonymous();

        var outcome = await authenticator.AuthenticateAsync(new BotRequest(null, "emulator", "http://localhost:52673", IPAddress.Parse(address)));

        Assert.Equal(AuthenticationStatus.Anonymous, outcome.Status);
        Assert.True(outcome.IsAccepted);
        Assert.Equal(AuthenticationOutcome.AnonymousAuthenticationType, outcome.Identity.AuthenticationType);
        Assert.Empty(outcome.Identity.Claims);
        Assert.Null(outcome.AppId);
        Assert.Null(outcome.FailureReason);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.1.20")]
    [InlineData("203.0.113.7")]
    [InlineData("0.0.0.0")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("2001:db8::1")]
    [InlineData("::")]
    [InlineData(null)]
    public async Task AuthenticateAsync_AnonymousFromElsewhere_RejectedAsAnonymousNotAllowed(string? address)
    {
        using var authenticator = Anonymous();

        var outcome = await authenticator.AuthenticateAsync(new BotRequest(null, "emulator", "http://localhost:52673", address is null ? null : IPAddress.Parse(address)));

        OutcomeAssert.Rejected(AuthenticationFailureReason.AnonymousNotAllowed, outcome);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData(null)]
    public async Task AuthenticateAsync_AnonymousFromElsewhereWhenAllowed_Anonymous(string? address)
    {
        using var authenticator = Anonymous(new() { ["BotFramework:AllowAnonymousFromAnyAddress"] = "true" });

        var outcome = await authenticator.AuthenticateAsync(new BotRequest(null, "webchat", null, address is null ? null : IPAddress.Parse(address)));

        Assert.Equal(AuthenticationStatus.Anonymous, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenWhileNoAppIdConfigured_RejectedAsUnexpectedHeader()
    {
        using var authenticator = Anonymous();
        var token = TestToken.Channel(_time).Sign();

        var outcome = await authenticator.AuthenticateAsync(new BotRequest($"Bearer {token}", "msteams", TestToken.ServiceUrl, IPAddress.Loopback));

        OutcomeAssert.Rejected(AuthenticationFailureReason.UnexpectedAuthorizationHeader, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_WhitespaceAppId_IsAnonymousMode()
    {
        using var authenticator = Anonymous(new() { ["MicrosoftAppId"] = "  " });

        var outcome = await authenticator.AuthenticateAsync(new BotRequest(null, "emulator", null, IPAddress.Loopback));

        Assert.Equal(AuthenticationStatus.Anonymous, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_AppIdConfiguredAndLoopbackWithoutHeader_RejectedAsMissingHeader()
    {
        using var authenticator = TestAuthenticator.Create(fixture.Server, _time);

        var outcome = await authenticator.AuthenticateAsync(new BotRequest(null, "emulator", null, IPAddress.Loopback));

        OutcomeAssert.Rejected(AuthenticationFailureReason.MissingAuthorizationHeader, outcome);
    }

    [Fact]
    public void Anonymous_EachOutcome_HasItsOwnIdentity()
    {
        Assert.NotSame(AuthenticationOutcome.Anonymous().Identity, AuthenticationOutcome.Anonymous().Identity);
    }

    private TestAuthenticator Anonymous(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings.TryAdd("MicrosoftAppId", "");
        return TestAuthenticator.Create(fixture.Server, _time, settings);
    }
}
