using System.Net;
using System.Net.Sockets;
using Assistant.Channels.Authentication.Tests.Support;

namespace Assistant.Channels.Authentication.Tests.Metadata;

/// <summary>
/// Fetching, caching and refreshing the signing keys, through the authenticator, against a local
/// OpenID server of each test's own (these tests change what it serves).
/// </summary>
public sealed class MetadataRetrievalTests
{
    [Fact]
    public async Task AuthenticateAsync_MetadataServerUnreachable_RejectedAsMetadataUnavailable()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        using var authenticator = TestAuthenticator.Create(server, time, new Dictionary<string, string?>
        {
            ["BotFramework:ChannelOpenIdMetadataUrl"] = $"http://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration",
        });

        var outcome = await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(time).Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, outcome);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, null)]
    [InlineData(HttpStatusCode.NotFound, null)]
    [InlineData(null, HttpStatusCode.ServiceUnavailable)]
    public async Task AuthenticateAsync_MetadataServerFails_RejectedAsMetadataUnavailable(HttpStatusCode? metadata, HttpStatusCode? keySet)
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        server.Fail(LocalOpenIdServer.Channel, metadata, keySet);
        using var authenticator = TestAuthenticator.Create(server, time);

        var outcome = await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(time).Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, outcome);
    }

    [Theory]
    [InlineData("""{"keys":[]}""")]
    [InlineData("""{"nokeys":true}""")]
    [InlineData("not json")]
    public async Task AuthenticateAsync_KeySetWithoutUsableKeys_RejectedAsMetadataUnavailable(string keySet)
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        server.PublishRaw(LocalOpenIdServer.Channel, keySet);
        using var authenticator = TestAuthenticator.Create(server, time);

        var outcome = await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(time).Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_JwksUriOverPlainHttpToRemoteHost_RejectedWithoutFetching()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        server.SetJwksUri(LocalOpenIdServer.Channel, new Uri("http://keys.invalid/keys"));
        using var authenticator = TestAuthenticator.Create(server, time);

        var outcome = await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(time).Sign()}");

        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, outcome);
        Assert.Equal(0, server.KeySetRequests(LocalOpenIdServer.Channel));
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataBackAfterOutage_Authenticated()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        server.Fail(LocalOpenIdServer.Channel, HttpStatusCode.ServiceUnavailable);
        using var authenticator = TestAuthenticator.Create(server, time);
        var token = TestToken.Channel(time).Sign();
        OutcomeAssert.Rejected(AuthenticationFailureReason.MetadataUnavailable, await authenticator.AuthenticateAsync($"Bearer {token}"));

        server.Fail(LocalOpenIdServer.Channel, null);
        var outcome = await authenticator.AuthenticateAsync($"Bearer {token}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ManyRequests_FetchMetadataOnce()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        using var authenticator = TestAuthenticator.Create(server, time);
        var token = TestToken.Channel(time).Sign();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => authenticator.AuthenticateAsync($"Bearer {token}")));

        Assert.All(outcomes, outcome => Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status));
        Assert.Equal(1, server.MetadataRequests(LocalOpenIdServer.Channel));
        Assert.Equal(1, server.KeySetRequests(LocalOpenIdServer.Channel));
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataStopsAfterKeysWereFetched_KeepsUsingCachedKeys()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        using var authenticator = TestAuthenticator.Create(server, time);
        var token = TestToken.Channel(time).Sign();
        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync($"Bearer {token}")).Status);

        server.Fail(LocalOpenIdServer.Channel, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError);
        var outcome = await authenticator.AuthenticateAsync($"Bearer {token}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRotatedInAfterStart_AuthenticatedAfterRefresh()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        using var authenticator = TestAuthenticator.Create(server, time);
        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(time).Sign()}")).Status);
        var rotated = new TestSigningKey("rotated-key", ["msteams"]);
        server.Publish(LocalOpenIdServer.Channel, TestKeys.Channel, rotated);
        var token = TestToken.Channel(time);
        token.Key = rotated;

        var outcome = await authenticator.AuthenticateAsync($"Bearer {token.Sign()}");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.Equal(2, server.KeySetRequests(LocalOpenIdServer.Channel));
    }

    [Fact]
    public async Task AuthenticateAsync_RotatedKeyEndorsements_ComeWithTheKey()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        using var authenticator = TestAuthenticator.Create(server, time);
        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(time).Sign()}")).Status);
        var rotated = new TestSigningKey("rotated-key", ["webchat"]);
        server.Publish(LocalOpenIdServer.Channel, TestKeys.Channel, rotated);
        var token = TestToken.Channel(time);
        token.Key = rotated;

        var outcome = await authenticator.AuthenticateAsync($"Bearer {token.Sign()}", channelId: "msteams");

        OutcomeAssert.Rejected(AuthenticationFailureReason.ChannelNotEndorsed, outcome);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyIdsRepeatedly_RefreshKeysAtMostOnce()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        using var authenticator = TestAuthenticator.Create(server, time);
        var elapsed = System.Diagnostics.Stopwatch.StartNew();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var token = TestToken.Channel(time);
            token.Key = TestKeys.Unpublished.WithKeyId($"made-up-{attempt}");
            OutcomeAssert.Rejected(AuthenticationFailureReason.UnknownSigningKey, await authenticator.AuthenticateAsync($"Bearer {token.Sign()}"));
        }

        // One fetch at first use, one refresh for the first unknown key id, none after.
        Assert.Equal(2, server.KeySetRequests(LocalOpenIdServer.Channel));

        // Later unknown key ids must not wait for a refresh either (each such wait is up to 10 s;
        // IdentityModel's own limit would keep the count at 2 but leave every request waiting).
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(8), $"took {elapsed.Elapsed}");
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelAndEmulatorPaths_FetchEachOwnMetadata()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        using var authenticator = TestAuthenticator.Create(server, time);

        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(time).Sign()}")).Status);
        Assert.Equal(0, server.MetadataRequests(LocalOpenIdServer.Emulator));
        Assert.Equal(AuthenticationStatus.Authenticated, (await authenticator.AuthenticateAsync($"Bearer {TestToken.EmulatorV2(time).Sign()}", channelId: "emulator")).Status);

        Assert.Equal(1, server.MetadataRequests(LocalOpenIdServer.Channel));
        Assert.Equal(1, server.MetadataRequests(LocalOpenIdServer.Emulator));
    }

    [Fact]
    public async Task AuthenticateAsync_RejectedBeforeKeysAreNeeded_FetchesNothing()
    {
        var time = OpenIdServerFixture.NewClock();
        await using var server = await LocalOpenIdServer.StartAsync();
        using var authenticator = TestAuthenticator.Create(server, time);
        var wrongIssuer = TestToken.Channel(time);
        wrongIssuer.Issuer = "https://evil.example";

        await authenticator.AuthenticateAsync("Bearer garbage");
        await authenticator.AuthenticateAsync($"Bearer {TestToken.Channel(time).WithoutSignature("none")}");
        await authenticator.AuthenticateAsync($"Bearer {wrongIssuer.Sign()}");

        Assert.Equal(0, server.MetadataRequests(LocalOpenIdServer.Channel));
        Assert.Equal(0, server.MetadataRequests(LocalOpenIdServer.Emulator));
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
