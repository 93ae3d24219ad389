using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.Authentication.Tests.Support;

/// <summary>
/// The authenticator as the host gets it (AddBotAuthentication over configuration), pointed at a
/// <see cref="LocalOpenIdServer"/> and a fake clock. Each instance has its own key caches.
/// </summary>
public sealed class TestAuthenticator : IDisposable
{
    private readonly ServiceProvider _services;

    private TestAuthenticator(ServiceProvider services)
    {
        _services = services;
        Authenticator = services.GetRequiredService<IBotRequestAuthenticator>();
    }

    public IBotRequestAuthenticator Authenticator { get; }

    /// <summary>App id <see cref="TestToken.AppId"/>; <paramref name="settings"/> add to or override the configuration.</summary>
    public static TestAuthenticator Create(LocalOpenIdServer server, FakeTimeProvider time, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestToken.AppId,
            ["BotFramework:ChannelOpenIdMetadataUrl"] = server.ChannelMetadataUrl.AbsoluteUri,
            ["BotFramework:EmulatorOpenIdMetadataUrl"] = server.EmulatorMetadataUrl.AbsoluteUri,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(time)
            .AddBotAuthentication(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new TestAuthenticator(services);
    }

    /// <summary>A channel request (msteams, the token's service URL) carrying this header.</summary>
    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, string? channelId = "msteams", string? serviceUrl = TestToken.ServiceUrl) =>
        Authenticator.AuthenticateAsync(new BotRequest(authorization, channelId, serviceUrl, IPAddress.Parse("52.112.0.10")), CancellationToken.None);

    public Task<AuthenticationOutcome> AuthenticateAsync(BotRequest request) =>
        Authenticator.AuthenticateAsync(request, CancellationToken.None);

    public void Dispose() => _services.Dispose();
}
