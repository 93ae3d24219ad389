using Assistant.Knowledge.Model;
using Assistant.Knowledge.Validation;

namespace Assistant.Knowledge.Loading;

/// <summary>Loads and validates the whole knowledge folder.</summary>
public static class KnowledgeLoader
{
    /// <summary>Loads every source and the glossary from <paramref name="root"/>.</summary>
    /// <exception cref="KnowledgeException">The content is malformed or fails validation.</exception>
    public static KnowledgeBase Load(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var documents = Directory
            .EnumerateFiles(Path.Combine(root, KnowledgeLayout.SourcesFolder), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(file => LoadDocument(file))
            .ToArray();
        var glossary = GlossaryFile.Parse(File.ReadAllText(Path.Combine(root, KnowledgeLayout.GlossaryFile)));
        var knowledge = new KnowledgeBase(documents, glossary);

        var problems = KnowledgeValidator.Validate(knowledge);
        return problems.Count == 0
            ? knowledge
            : throw new KnowledgeException($"The knowledge in '{root}' is not valid:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}");
    }

    private static SourceDocument LoadDocument(string file)
    {
        try
        {
            var document = DocumentBuilder.Build(SourceMarkdownParser.Parse(File.ReadAllText(file)));
            var expectedKey = Path.GetFileNameWithoutExtension(file);
            return document.Key == expectedKey
                ? document
                : throw new KnowledgeException($"{file}: front matter key '{document.Key}' differs from the file name.");
        }
        catch (Exception e) when (e is FormatException or YamlDotNet.Core.YamlException)
        {
            throw new KnowledgeException($"{file}: {e.Message}", e);
        }
    }
}
