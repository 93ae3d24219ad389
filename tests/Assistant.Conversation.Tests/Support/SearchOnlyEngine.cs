using Assistant.Conversation.Feedback;
using Assistant.Interviews;
using Assistant.Knowledge.Model;
using Assistant.Search;
using Assistant.TestSupport;

namespace Assistant.Conversation.Tests.Support;

/// <summary>An engine that answers free questions only: no interviews, no glossary look-ups.</summary>
internal static class SearchOnlyEngine
{
    public static ConversationEngine Create(IPassageSearch search) => new(
        search,
        new SearchOptions(),
        new InterviewCatalog([], RepositoryKnowledge.Knowledge),
        new Glossary([]),
        NullFeedbackRecorder.Instance);
}
