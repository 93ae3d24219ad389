using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.Authentication.Tests.Support;

/// <summary>One <see cref="LocalOpenIdServer"/> per test class, never changed by the tests that share it.</summary>
public sealed class OpenIdServerFixture : IAsyncLifetime
{
    /// <summary>The fake clock's start; tokens are minted relative to it.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public LocalOpenIdServer Server { get; private set; } = null!;

    public static FakeTimeProvider NewClock() => new(Now);

    public async Task InitializeAsync() => Server = await LocalOpenIdServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
