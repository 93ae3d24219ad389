using Assistant.Channels.BotFramework.Authentication;
using Assistant.Channels.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.BotFramework;

/// <summary>Registers the Bot Framework channel layer.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BotFrameworkOptions"/> (root credential keys plus the <c>BotFramework</c>
    /// section, validated at start-up), the bot's <see cref="IBotTokenProvider"/> (MSAL, or none without
    /// an app id), and <see cref="IConnectorClient"/> as a typed HttpClient with retries. A
    /// <see cref="TimeProvider"/> or token provider registered before this call is kept.
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.SectionName))
            .Configure(options => BotFrameworkConfiguration.BindRootKeys(options, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.TryAddSingleton<MsalHttpClientFactory>();
        services.TryAddSingleton<IBotTokenProvider>(provider => BotTokenProviders.Create(
            provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value,
            provider.GetRequiredService<MsalHttpClientFactory>()));

        services.TryAddSingleton<ConnectorRetryPipeline>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>();
        return services;
    }
}
