using Assistant.Channels.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels.BotFramework.Tests.Support;

/// <summary>The channel layer as the host registers it, over in-memory configuration.</summary>
internal static class ChannelServices
{
    public static IConfiguration Configuration(IDictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    /// <summary>
    /// Registers <see cref="BotFrameworkServiceCollectionExtensions.AddBotFrameworkChannel"/> with the
    /// given settings; a clock and a token provider passed here replace the real ones.
    /// </summary>
    public static ServiceProvider Build(
        IDictionary<string, string?> settings,
        TimeProvider? timeProvider = null,
        IBotTokenProvider? tokenProvider = null,
        Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        if (tokenProvider is not null)
        {
            services.AddSingleton(tokenProvider);
        }

        services.AddBotFrameworkChannel(Configuration(settings));
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
