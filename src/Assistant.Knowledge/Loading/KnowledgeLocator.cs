namespace Assistant.Knowledge.Loading;

/// <summary>
/// Finds the knowledge folder, so that the programs work from the repository root, from any
/// folder inside it, and from their build output.
/// </summary>
public static class KnowledgeLocator
{
    private const string FolderName = "knowledge";

    /// <summary>Resolves the folder; the configured root wins, and must then exist.</summary>
    /// <exception cref="DirectoryNotFoundException">No knowledge folder was found.</exception>
    public static string Locate(KnowledgeOptions options, string workingDirectory, string programDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.Root))
        {
            var configured = Path.GetFullPath(options.Root, workingDirectory);
            return KnowledgeLayout.IsKnowledgeRoot(configured)
                ? configured
                : throw new DirectoryNotFoundException($"Knowledge:Root points to '{configured}', which has no {KnowledgeLayout.SourcesFolder}/ and {KnowledgeLayout.GlossaryFile}.");
        }

        return FindUpwards(workingDirectory) ?? FindUpwards(programDirectory)
            ?? throw new DirectoryNotFoundException($"No '{FolderName}' folder was found above '{workingDirectory}' or '{programDirectory}'; set Knowledge:Root.");
    }

    private static string? FindUpwards(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (KnowledgeLayout.IsKnowledgeRoot(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
