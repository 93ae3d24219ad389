using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Authentication;

/// <summary>Registers inbound Bot Framework authentication.</summary>
public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>The named <see cref="HttpClient"/> that fetches OpenID metadata and key sets.</summary>
    public const string MetadataHttpClientName = "Assistant.Channels.Authentication.Metadata";

    // Metadata documents are a few kilobytes; the limits keep a slow or hostile endpoint from
    // holding requests or memory for long.
    private static readonly TimeSpan MetadataRequestTimeout = TimeSpan.FromSeconds(5);
    private const long MaxMetadataDocumentBytes = 1024 * 1024;

    /// <summary>
    /// Adds <see cref="IBotRequestAuthenticator"/> (singleton), <see cref="BotAuthenticationOptions"/>
    /// validated at start-up, <see cref="TimeProvider.System"/> unless a TimeProvider is registered,
    /// and the named HttpClient <see cref="MetadataHttpClientName"/>.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .Configure(options =>
            {
                // The Bot Framework's own names live at the root (Azure app settings, the Emulator's
                // docs and every SDK sample use them there); they win over the section.
                options.MicrosoftAppId = configuration[nameof(BotAuthenticationOptions.MicrosoftAppId)] ?? options.MicrosoftAppId;
                options.MicrosoftAppTenantId = configuration[nameof(BotAuthenticationOptions.MicrosoftAppTenantId)] ?? options.MicrosoftAppTenantId;
                options.MicrosoftAppType = configuration[nameof(BotAuthenticationOptions.MicrosoftAppType)] ?? options.MicrosoftAppType;
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(MetadataHttpClientName, client =>
        {
            client.Timeout = MetadataRequestTimeout;
            client.MaxResponseContentBufferSize = MaxMetadataDocumentBytes;
        });
        services.TryAddSingleton<IBotRequestAuthenticator, BotRequestAuthenticator>();
        return services;
    }
}
