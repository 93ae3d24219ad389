using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;
using Assistant.Search.Analysis;
using Assistant.Search.Indexing;
using Assistant.Search.Querying;

namespace Assistant.Search;

/// <summary>Builds the search over a loaded knowledge base.</summary>
public static class SearchEngine
{
    public const string TopicsFile = "topics.txt";

    /// <summary>
    /// Reads the word lists in <c>knowledge/search/</c>, indexes every passage in memory and returns
    /// a thread-safe search. Takes a few hundred milliseconds; do it once at start-up.
    /// </summary>
    /// <exception cref="KnowledgeException">A file of <c>knowledge/search/</c> is malformed or names a section that does not exist.</exception>
    public static IPassageSearch Create(KnowledgeBase knowledge, string knowledgeRoot, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            return Build(knowledge, knowledgeRoot, options);
        }
        catch (FormatException e)
        {
            // A broken word list is broken content, reported like a broken source file.
            throw new KnowledgeException($"{Path.Combine(knowledgeRoot, KnowledgeLayout.SearchFolder)}: {e.Message}", e);
        }
    }

    private static PassageSearcher Build(KnowledgeBase knowledge, string knowledgeRoot, SearchOptions options)
    {
        var resources = AnalysisResourcesLoader.Load(knowledgeRoot, knowledge.Glossary);
        var topics = File.ReadAllLines(Path.Combine(knowledgeRoot, KnowledgeLayout.SearchFolder, TopicsFile))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();
        var index = PassageIndex.Build(knowledge, resources, SectionTerms.Load(knowledgeRoot, knowledge), options);
        return new PassageSearcher(index, new NorwegianLegalAnalyzer(resources, AnalyzerMode.Query), resources.QuestionWords, resources.CommonWords, topics, options);
    }
}
