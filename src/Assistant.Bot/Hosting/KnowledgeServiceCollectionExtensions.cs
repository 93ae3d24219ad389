using Assistant.Conversation;
using Assistant.Conversation.Feedback;
using Assistant.Interviews;
using Assistant.Interviews.Loading;
using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;
using Assistant.Search;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Hosting;

/// <summary>
/// Registers the knowledge, the search over it, the validated interview trees and the conversation
/// engine, built once at start-up (an invalid tree stops the host from starting).
/// </summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddAssistantKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName));
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.SectionName))
            .Validate(o => o.MaxQuestionLength > 0 && o.DefaultTop is >= 1 and <= 50, "Search: MaxQuestionLength must be positive and DefaultTop 1–50.")
            .ValidateOnStart();
        services.AddSingleton<KnowledgeRoot>(provider => new KnowledgeRoot(KnowledgeLocator.Locate(
            provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value,
            provider.GetRequiredService<IHostEnvironment>().ContentRootPath,
            AppContext.BaseDirectory)));
        services.AddSingleton<KnowledgeBase>(provider => KnowledgeLoader.Load(provider.GetRequiredService<KnowledgeRoot>().Path));
        services.AddSingleton<IPassageSearch>(provider => SearchEngine.Create(
            provider.GetRequiredService<KnowledgeBase>(),
            provider.GetRequiredService<KnowledgeRoot>().Path,
            provider.GetRequiredService<IOptions<SearchOptions>>().Value));
        services.AddSingleton<InterviewCatalog>(provider => InterviewTreeLoader.Load(
            provider.GetRequiredService<KnowledgeRoot>().Path,
            provider.GetRequiredService<KnowledgeBase>()));
        services.AddSingleton(provider => new ConversationEngine(
            provider.GetRequiredService<IPassageSearch>(),
            provider.GetRequiredService<IOptions<SearchOptions>>().Value,
            provider.GetRequiredService<InterviewCatalog>(),
            provider.GetRequiredService<KnowledgeBase>().Glossary,
            provider.GetService<IFeedbackRecorder>() ?? NullFeedbackRecorder.Instance));
        services.AddSingleton<SearchReadiness>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchReadiness>());
        services.AddHealthChecks().AddCheck<SearchReadiness>("search", tags: ["ready"]);
        return services;
    }
}
