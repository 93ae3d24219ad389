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

    public CliRuntime(IConfiguration configuration, string workingDirectory)
    {
        var knowledgeOptions = configuration.GetSection(KnowledgeOptions.SectionName).Get<KnowledgeOptions>() ?? new KnowledgeOptions();
        SearchOptions = configuration.GetSection(SearchOptions.SectionName).Get<SearchOptions>() ?? new SearchOptions();
        MicrosoftAppId = configuration["MicrosoftAppId"];
        KnowledgeRoot = new Lazy<string>(() => KnowledgeLocator.Locate(knowledgeOptions, workingDirectory, AppContext.BaseDirectory));
        _knowledge = new Lazy<KnowledgeBase>(() => KnowledgeLoader.Load(KnowledgeRoot.Value));
        _search = new Lazy<IPassageSearch>(() => SearchEngine.Create(_knowledge.Value, KnowledgeRoot.Value, SearchOptions));
    }

    public Lazy<string> KnowledgeRoot { get; }

    public SearchOptions SearchOptions { get; }

    /// <summary>The bot's app id, as the Bot Framework names the setting (for the Teams package).</summary>
    public string? MicrosoftAppId { get; }

    public KnowledgeBase Knowledge => _knowledge.Value;

    public IPassageSearch Search => _search.Value;

    public static CliRuntime FromEnvironment() => new(
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build(),
        Directory.GetCurrentDirectory());
}
