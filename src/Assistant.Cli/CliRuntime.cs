using Assistant.Conversation;
using Assistant.Conversation.Feedback;
using Assistant.Interviews;
using Assistant.Interviews.Loading;
using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;
using Assistant.Search;
using Microsoft.Extensions.Configuration;

namespace Assistant.Cli;

/// <summary>
/// What every command needs, read once: the settings (appsettings.json beside the program, then
/// environment variables such as <c>Knowledge__Root</c>), the knowledge and the search.
/// </summary>
internal sealed class CliRuntime
{
    private readonly Lazy<KnowledgeBase> _knowledge;
    private readonly Lazy<IPassageSearch> _search;
    private readonly Lazy<InterviewCatalog> _interviews;

    public CliRuntime(IConfiguration configuration, string workingDirectory)
    {
        var knowledgeOptions = configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        SearchOptions = configuration.GetSection(SearchOptions.SectionName).Get<SearchOptions>() ?? new SearchOptions();
        MicrosoftAppId = configuration["MicrosoftAppId"];
        KnowledgeRoot = new Lazy<string>(() => KnowledgeLocator.Locate(knowledgeOptions, workingDirectory, AppContext.BaseDirectory));
        _knowledge = new Lazy<KnowledgeBase>(() => KnowledgeLoader.Load(KnowledgeRoot.Value));
        _search = new Lazy<IPassageSearch>(() => SearchEngine.Create(_knowledge.Value, KnowledgeRoot.Value, SearchOptions));
        _interviews = new Lazy<InterviewCatalog>(() => InterviewTreeLoader.Load(KnowledgeRoot.Value, _knowledge.Value));
    }

    public Lazy<string> KnowledgeRoot { get; }

    public SearchOptions SearchOptions { get; }

    /// <summary>The bot's app id, as the Bot Framework names the setting (for the Teams package).</summary>
    public string? MicrosoftAppId { get; }

    public KnowledgeBase Knowledge => _knowledge.Value;

    public IPassageSearch Search => _search.Value;

    /// <summary>The validated interview trees of <c>knowledge/trees</c>.</summary>
    public InterviewCatalog Interviews => _interviews.Value;

    /// <summary>
    /// The conversation engine with search, glossary and interviews. Feedback is not counted in
    /// the terminal: there is no one to report it to.
    /// </summary>
    public ConversationEngine CreateEngine() =>
        new(Search, SearchOptions, Interviews, Knowledge.Glossary, NullFeedbackRecorder.Instance);

    public static CliRuntime FromEnvironment() => new(
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build(),
        Directory.GetCurrentDirectory());
}
