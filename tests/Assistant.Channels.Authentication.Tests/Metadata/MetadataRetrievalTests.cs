using System.Net;
using Assistant.Channels.Authentication.Tests.Support;
using Assistant.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.Authentication.Tests.Metadata;

/// <summary>
/// Fetching, caching and refreshing the signing keys, through the authenticator, against a local
/// OpenID server of each test's own (these tests change what it serves).
/// </summary>
public sealed class MetadataRetrievalTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = OpenIdServerFixture.NewClock();
    private LocalOpenIdServer _server = null!;
    private TestAuthenticator _authenticator = null!;

    // The authenticator fetches nothing until its first request, so tests may still change what the server serves.
    public async Task InitializeAsync()
    {
        _server = await LocalOpenIdServer.StartAsync();
        _authenticator = TestAuthenticator.Create(_server, _time);
    }

    public async Task DisposeAsync()
    {
        _authenticator.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataServerUnreachable_RejectedAsMetadataUnavailable()
    {
        using var authenticator = TestAuthenticator.Create(_server, _time, new Dictionary<string, string?>
        {
            ["BotFramework:ChannelOpenIdMetadataUrl"] = $"http://127.0.0.1:{LoopbackPorts.Closed()}/v1/.well-known/openidconfiguration",
        });

        var outcome = await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(_time).Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, outcome);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, null)]
    [InlineData(HttpStatusCode.NotFound, null)]
    [InlineData(null, HttpStatusCode.ServiceUnavailable)]
    public async Task AuthenticateAsync_MetadataServerFails_RejectedAsMetadataUnavailable(HttpStatusCode? metadata, HttpStatusCode? keySet)
    {
        _server.Fail(LocalOpenIdServer.Channel, metadata, keySet);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(_time).Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, outcome);
    }

    [Theory]
    [InlineData("""{"keys":[]}""")]
    [InlineData("""{"nokeys":true}""")]
    [InlineData("not json")]
    public async Task AuthenticateAsync_KeySetWithoutUsableKeys_RejectedAsMetadataUnavailable(string keySet)
    {
        _server.PublishRaw(LocalOpenIdServer.Channel, keySet);

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(_time).Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_JwksUriOverPlainHttpToRemoteHost_RejectedWithoutFetching()
    {
        _server.SetJwksUri(LocalOpenIdServer.Channel, new Uri("http://keys.invalid/keys"));

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(_time).Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, outcome);
        Assert.Equal(0, _server.KeySetRequests(LocalOpenIdServer.Channel));
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataBackAfterOutage_Authenticated()
    {
        _server.Fail(LocalOpenIdServer.Channel, HttpStatusCode.ServiceUnavailable);
        var token = TestToken.Channel(_time).Sign();
        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, await _authenticator.AuthenticateAsync($"Bearer {token}"));

        _server.Fail(LocalOpenIdServer.Channel, null);
        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ManyRequests_FetchMetadataOnce()
    {
        var token = TestToken.Channel(_time).Sign();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _authenticator.AuthenticateAsync($"Bearer {token}")));

        Assert.All(outcomes, outcome => Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status));
        Assert.Equal(1, _server.MetadataRequests(LocalOpenIdServer.Channel));
        Assert.Equal(1, _server.KeySetRequests(LocalOpenIdServer.Channel));
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataStopsAfterKeysWereFetched_KeepsUsingCachedKeys()
    {
        var token = TestToken.Channel(_time).Sign();
        Assert.Equal(AuthenticationStatus.Authenticated, (await _authenticator.AuthenticateAsync($"Bearer {token}")).Status);

        _server.Fail(LocalOpenIdServer.Channel, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError);
        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRotatedInAfterStart_AuthenticatedAfterRefresh()
    {
        Assert.Equal(AuthenticationStatus.Authenticated, (await _authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(_time).Sign()}")).Status);
        var rotated = new TestSigningKey("rotated-key", ["msteams"]);
        _server.Publish(LocalOpenIdServer.Channel, TestKeys.Channel, rotated);
        var token = TestToken.Channel(_time);
        token.Key = rotated;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(2, _server.KeySetRequests(LocalOpenIdServer.Channel));
    }

    [Fact]
    public async Task AuthenticateAsync_RotatedKeyEndorsements_ComeWithTheKey()
    {
        Assert.Equal(AuthenticationStatus.Authenticated, (await _authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(_time).Sign()}")).Status);
        var rotated = new TestSigningKey("rotated-key", ["webchat"]);
        _server.Publish(LocalOpenIdServer.Channel, TestKeys.Channel, rotated);
        var token = TestToken.Channel(_time);
        token.Key = rotated;

        var outcome = await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}", channelId: "msteams");

        OutcomeAssert.Rejected(AuthenticationFailureReason.ChannelNotEndorsed, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyIdsRepeatedly_RefreshKeysAtMostOnce()
    {
        var elapsed = System.Diagnostics.Stopwatch.StartNew();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var token = TestToken.Channel(_time);
            token.Key = TestKeys.Unpublished.WithKeyId($"made-up-{attempt}");
            OutcomeAssert.Rejected(AuthenticationFailureReason.UnknownSigningKey, await _authenticator.AuthenticateAsync($"Bearer {token.Sign()}"));
        }

        // One fetch at first use, one refresh for the first unknown key id, none after.
        Assert.Equal(2, _server.KeySetRequests(LocalOpenIdServer.Channel));

        // Later unknown key ids must not wait for a refresh either (each such wait is up to 10 s;
        // IdentityModel's own limit would keep the count at 2 but leave every request waiting).
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(8), $"took {elapsed.Elapsed}");
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelAndEmulatorPaths_FetchEachOwnMetadata()
    {

        Assert.Equal(AuthenticationStatus.Authenticated, (await _authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(_time).Sign()}")).Status);
        Assert.Equal(0, _server.MetadataRequests(LocalOpenIdServer.Emulator));
        Assert.Equal(AuthenticationStatus.Authenticated, (await _authenticator.AuthenticateAsync($"Bearer {TestToken.EmulatorV2(_time).Sign()}", channelId: "emulator")).Status);

        Assert.Equal(1, _server.MetadataRequests(LocalOpenIdServer.Channel));
        Assert.Equal(1, _server.MetadataRequests(LocalOpenIdServer.Emulator));
    }

    [Fact]
    public async Task AuthenticateAsync_RejectedBeforeKeysAreNeeded_FetchesNothing()
    {
        var wrongIssuer = TestToken.Channel(_time);
        wrongIssuer.Issuer = "https://evil.example";

        await _authenticator.AuthenticateAsync("Bearer garbage");
        await _authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(_time).WithoutSignature("none")}");
        await _authenticator.AuthenticateAsync($"Bearer {wrongIssuer.Sign()}");

        Assert.Equal(0, _server.MetadataRequests(LocalOpenIdServer.Channel));
        Assert.Equal(0, _server.MetadataRequests(LocalOpenIdServer.Emulator));
    }

}
