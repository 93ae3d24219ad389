using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;
using Assistant.Search;

namespace Assistant.TestSupport;

/// <summary>
/// The repository's own knowledge folder, loaded once per test process: the content is
/// read-only, so sharing it between tests shares no mutable state.
/// </summary>
public static class RepositoryKnowledge
{
    private static readonly Lazy<string> LazyRoot = new(() =>
        KnowledgeLocator.Locate(new KnowledgeOptions(), AppContext.BaseDirectory, AppContext.BaseDirectory));

    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeLoader.Load(Root));

    private static readonly Lazy<IPassageSearch> LazySearch = new(() => SearchEngine.Create(Knowledge, Root, new SearchOptions()));

    /// <summary>The knowledge folder of the repository the tests were built from.</summary>
    public static string Root => LazyRoot.Value;

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    /// <summary>The search with default options.</summary>
    public static IPassageSearch Search => LazySearch.Value;

    /// <summary>A file of the knowledge folder, e.g. <c>Path("sources", "ambulanse.md")</c>.</summary>
    public static string PathOf(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
