using System.Net;
using System.Text;
using Assistant.Channels.Authentication.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.Authentication.Tests;

/// <summary>The Authorization header itself, with an app id configured.</summary>
public sealed class BotRequestAuthenticatorHeaderTests : IClassFixture<OpenIdServerFixture>, IDisposable
{
    private readonly FakeTimeProvider _time = OpenIdServerFixture.NewClock();
    private readonly TestAuthenticator _authenticator;

    public BotRequestAuthenticatorHeaderTests(OpenIdServerFixture fixture)
    {
        _authenticator = TestAuthenticator.Create(fixture.Server, _time);
    }

    public void Dispose() => _authenticator.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AuthenticateAsync_NoHeaderWithAppIdConfigured_RejectedAsMissingHeader(string? header)
    {
        var outcome = await _authenticator.AuthenticateAsync(new BotRequest(header, "msteams", TestToken.ServiceUrl, IPAddress.Loopback));

        OutcomeAssert.Rejected(AuthenticationFailureReason.MissingAuthorizationHeader, outcome);
    }

    [Theory]
    [InlineData("bearer {0}")]
    [InlineData("BEARER {0}")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} ")]
    [InlineData(" Bearer {0}")]
    [InlineData("Bearer\t{0}")]
    [InlineData("{0}")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("Basic {0}")]
    public async Task AuthenticateAsync_NotExactlyBearerAndToken_RejectedAsInvalidHeader(string format)
    {
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, TestToken.Channel(_time).Sign());

        var outcome = await _authenticator.AuthenticateAsync(header);

        OutcomeAssert.Rejected(AuthenticationFailureReason.InvalidAuthorizationHeader, outcome);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("..")]
    [InlineData("a.b")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOg.c2ln")]
    [InlineData("W10.W10.c2ln")]
    [InlineData("bnVsbA.bnVsbA.c2ln")]
    [InlineData("e30.e30.e30.e30.e30.e30")]
    [InlineData("ÆØÅ.æøå.🙂")]
    public async Task AuthenticateAsync_Garbage_RejectedAsMalformedToken(string token)
    {
        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MalformedToken, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_PayloadNotAJsonObject_RejectedAsMalformedToken()
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"RS256","kid":"channel-key"}""");
        var payload = Base64UrlEncoder.Encode("[1,2,3]");

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {header}.{payload}.c2ln");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MalformedToken, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_OversizedToken_RejectedAsMalformedToken()
    {
        var token = TestToken.Channel(_time);
        token.Claims["padding"] = new string('x', 40_000);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MalformedToken, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_HostileInputs_NeverThrow()
    {
        var valid = TestToken.Channel(_time).Sign();
        var parts = valid.Split('.');
        string[] headers =
        [
            "Bearer " + new string('.', 10_000),
            "Bearer " + parts[0] + "." + parts[1],
            "Bearer " + parts[0] + ".." + parts[2],
            "Bearer ." + parts[1] + "." + parts[2],
            "Bearer " + Base64UrlEncoder.Encode("""{"alg":"RS256","kid":{"a":1}}""") + "." + parts[1] + "." + parts[2],
            "Bearer " + Base64UrlEncoder.Encode("""{"alg":["RS256"],"kid":"channel-key"}""") + "." + parts[1] + "." + parts[2],
            "Bearer " + parts[0] + "." + Base64UrlEncoder.Encode("""{"iss":"https://api.botframework.com","exp":"soon","aud":7}""") + "." + parts[2],
            "Bearer " + parts[0] + "." + Base64UrlEncoder.Encode("""{"iss":"https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/","tid":{"x":1}}""") + "." + parts[2],
            "Bearer " + Convert.ToBase64String(Encoding.UTF8.GetBytes("\0\0\0")) + ".." ,
        ];

        foreach (var header in headers)
        {
            var outcome = await _authenticator.AuthenticateAsync(header);

            Assert.Equal(AuthenticationStatus.Rejected, outcome.Status);
        }
    }
}
