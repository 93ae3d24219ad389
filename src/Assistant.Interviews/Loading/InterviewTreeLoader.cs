using Assistant.Interviews.Model;
using Assistant.Interviews.Validation;
using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;

namespace Assistant.Interviews.Loading;

/// <summary>Loads and validates every tree of a knowledge folder.</summary>
public static class InterviewTreeLoader
{
    public const string FilePattern = "*.yaml";

    /// <summary>Loads <c>&lt;root&gt;/trees/*.yaml</c>; a missing folder is an empty catalogue.</summary>
    /// <exception cref="KnowledgeException">A tree is malformed or invalid; the message lists every problem.</exception>
    public static InterviewCatalog Load(string root, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(root);
        var folder = Path.Combine(root, KnowledgeLayout.TreesFolder);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, FilePattern)
                .Order(StringComparer.Ordinal)
                .Select(file => (Path.GetFileNameWithoutExtension(file), File.ReadAllBytes(file)))
                .ToArray()
            : [];
        return Load(files, knowledge, folder);
    }

    /// <summary>Loads trees given as (file id, file bytes).</summary>
    /// <exception cref="KnowledgeException">A tree is malformed or invalid; the message lists every problem.</exception>
    public static InterviewCatalog Load(IEnumerable<(string FileId, byte[] Content)> files, KnowledgeBase knowledge, string source = KnowledgeLayout.TreesFolder)
    {
        var (trees, problems) = Read(files, knowledge);
        return problems.Count == 0
            ? new InterviewCatalog(trees, knowledge)
            : throw new KnowledgeException($"The interview trees in '{source}' are not valid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}");
    }

    /// <summary>Parses and validates every file; the trees that could be read, and every problem.</summary>
    internal static (IReadOnlyList<InterviewTree> Trees, IReadOnlyList<string> Problems) Read(
        IEnumerable<(string FileId, byte[] Content)> files, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(knowledge);
        var problems = new List<string>();
        var trees = new List<InterviewTree>();
        foreach (var (fileId, content) in files)
        {
            var tree = InterviewTreeParser.Parse(fileId, content, problems);
            if (tree is not null)
            {
                problems.AddRange(InterviewTreeValidator.Validate(tree, fileId, knowledge));
                trees.Add(tree);
            }
        }

        return (trees, problems);
    }
}
