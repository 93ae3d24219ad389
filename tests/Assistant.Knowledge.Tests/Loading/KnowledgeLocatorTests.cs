using Assistant.Knowledge.Loading;
using Assistant.TestSupport;

namespace Assistant.Knowledge.Tests.Loading;

public sealed class KnowledgeLocatorTests : IDisposable
{
    private readonly string _outside = Directory.CreateTempSubdirectory("knowledge-locator-").FullName;

    [Fact]
    public void Locate_FromInsideTheRepository_FindsKnowledgeUpwards()
    {
        var nested = Path.Combine(RepositoryKnowledge.Root, "..", "src", "Assistant.Knowledge");

        var found = KnowledgeLocator.Locate(new KnowledgeOptions(), nested, _outside);

        Assert.Equal(Path.GetFullPath(RepositoryKnowledge.Root), Path.GetFullPath(found));
    }

    [Fact]
    public void Locate_FromOutsideTheRepository_FallsBackToTheProgramFolder()
    {
        var found = KnowledgeLocator.Locate(new KnowledgeOptions(), _outside, RepositoryKnowledge.Root);

        Assert.True(KnowledgeLayout.IsKnowledgeRoot(found));
    }

    [Fact]
    public void Locate_ConfiguredRoot_Wins()
    {
        var found = KnowledgeLocator.Locate(new KnowledgeOptions { Root = RepositoryKnowledge.Root }, _outside, _outside);

        Assert.Equal(RepositoryKnowledge.Root, found);
    }

    [Fact]
    public void Locate_ConfiguredRootWithoutContent_ThrowsWithItsPath()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => KnowledgeLocator.Locate(new KnowledgeOptions { Root = _outside }, _outside, _outside));

        Assert.Contains(_outside, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_NothingAnywhere_Throws()
    {
        Assert.Throws<DirectoryNotFoundException>(() => KnowledgeLocator.Locate(new KnowledgeOptions(), _outside, _outside));
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);
}
