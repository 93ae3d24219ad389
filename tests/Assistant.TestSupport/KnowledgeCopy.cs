namespace Assistant.TestSupport;

/// <summary>
/// A copy of the repository's knowledge folder in a temporary folder, for a test that breaks one of
/// its files; deleted with everything in it when disposed.
/// </summary>
public sealed class KnowledgeCopy : IDisposable
{
    public KnowledgeCopy()
    {
        Root = Directory.CreateTempSubdirectory("knowledge-").FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryKnowledge.Root, "*", SearchOption.AllDirectories))
        {
            var target = PathOf(System.IO.Path.GetRelativePath(RepositoryKnowledge.Root, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The copy's folder.</summary>
    public string Root { get; }

    /// <summary>A file of the copy, e.g. <c>PathOf("search", "synonyms.yaml")</c>.</summary>
    public string PathOf(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
