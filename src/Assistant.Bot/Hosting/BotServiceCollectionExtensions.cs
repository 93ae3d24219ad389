using Assistant.Bot.Adapter;
using Assistant.Bot.Turns;
using Assistant.Storage;
using Assistant.Storage.State;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Bot.Hosting;

/// <summary>Registers the adapter, the bot and its conversation state.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddAssistantBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotAdapterOptions>().Bind(configuration.GetSection(BotAdapterOptions.SectionName))
            .Validate(o => o.MaxRequestBytes > 0, "BotAdapter:MaxRequestBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton(provider => new ConversationState<ConversationMemory>(
            provider.GetRequiredService<IStorage>(),
            ConversationMemory.SchemaVersion,
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IBot, AssistantBot>();
        services.AddSingleton<CloudAdapter>();
        return services;
    }
}
