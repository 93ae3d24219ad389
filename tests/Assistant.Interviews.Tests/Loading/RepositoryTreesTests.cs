using Assistant.Interviews.Loading;
using Assistant.TestSupport;

namespace Assistant.Interviews.Tests.Loading;

public class RepositoryTreesTests
{
    [Fact]
    public void Load_EveryTreeInTheRepository_IsValid()
    {
        var catalog = InterviewTreeLoader.Load(RepositoryKnowledge.Root, RepositoryKnowledge.Knowledge);

        var files = Directory.GetFiles(RepositoryKnowledge.PathOf("trees"), "*.yaml");
        Assert.NotEmpty(files);
        Assert.Equal(files.Length, catalog.Trees.Count);
    }
}
