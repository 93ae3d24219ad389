using Assistant.Channels.DirectLine.Conversations;
using Assistant.Channels.DirectLine.Endpoints;
using Assistant.Channels.DirectLine.RateLimiting;
using Assistant.Channels.DirectLine.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine;

/// <summary>Registers the embedded Direct Line channel.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DirectLineOptions"/> to the <c>DirectLine</c> section (validated at start-up),
    /// registers the channel's tokens, conversations and rate-limiting policies, and
    /// <typeparamref name="TBot"/> as the bot its turns go to. Needs an <c>IStorage</c> (the bot's
    /// conversation state store), which keeps conversations across restarts.
    /// </summary>
    public static IServiceCollection AddDirectLine<TBot>(this IServiceCollection services, IConfiguration configuration)
        where TBot : class, IDirectLineBot
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDirectLineBot, TBot>();
        services.TryAddSingleton<SigningKeyStore>();
        services.TryAddSingleton<DirectLineTokens>();
        services.TryAddSingleton<DirectLineConversations>();
        services.TryAddSingleton<DirectLineTurns>();
        services.TryAddSingleton<DirectLineHandlers>();
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy<string, ConversationRateLimitPolicy>(DirectLineRateLimits.PerConversation);
            limiter.AddPolicy<string, StartRateLimitPolicy>(DirectLineRateLimits.PerClient);
        });
        return services;
    }
}
