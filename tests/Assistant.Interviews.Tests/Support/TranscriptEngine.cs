using Assistant.Conversation;
using Assistant.Conversation.Feedback;
using Assistant.Interviews.Loading;
using Assistant.Knowledge.Loading;
using Assistant.Search;
using Assistant.TestSupport;

namespace Assistant.Interviews.Tests.Support;

/// <summary>
/// The conversation engine as transcripts talk to it: the repository's search, glossary and trees,
/// plus the small <see cref="TestTree"/> (so the navigation transcript does not change whenever a
/// real tree's wording does). Built once; the engine holds no conversation, so sharing it shares nothing.
/// </summary>
internal static class TranscriptEngine
{
    private static readonly Lazy<InterviewCatalog> LazyCatalog = new(() => InterviewTreeLoader.Load(
        Directory.GetFiles(RepositoryKnowledge.PathOf(KnowledgeLayout.TreesFolder), "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileNameWithoutExtension(f), File.ReadAllBytes(f)))
            .Append(TestTree.File()),
        RepositoryKnowledge.Knowledge));

    private static readonly Lazy<ConversationEngine> LazyEngine = new(() => new ConversationEngine(
        RepositoryKnowledge.Search, new SearchOptions(), Catalog, RepositoryKnowledge.Knowledge.Glossary, NullFeedbackRecorder.Instance));

    public static InterviewCatalog Catalog => LazyCatalog.Value;

    public static ConversationEngine Engine => LazyEngine.Value;
}
