using Assistant.Knowledge.Loading;
using Assistant.Search.Analysis;
using Assistant.TestSupport;

namespace Assistant.Search.Tests;

public class SearchEngineTests
{
    [Fact]
    public void Create_MalformedSynonymsFile_ThrowsKnowledgeExceptionNamingIt()
    {
        using var copy = new KnowledgeCopy();
        File.WriteAllText(copy.PathOf("search", AnalysisResourcesLoader.SynonymsFile), "- when: [si fra\n  add: [varsle]\n");

        var error = Assert.Throws<KnowledgeException>(() => SearchEngine.Create(RepositoryKnowledge.Knowledge, copy.Root, new SearchOptions()));

        Assert.Contains(AnalysisResourcesLoader.SynonymsFile, error.Message, StringComparison.Ordinal);
    }
}
