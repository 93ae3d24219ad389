namespace Assistant.Knowledge.Loading;

/// <summary>The fixed layout of a knowledge folder, in one place.</summary>
public static class KnowledgeLayout
{
    public const string SourcesFolder = "sources";
    public const string RawFolder = "raw";
    public const string EvalFolder = "eval";
    public const string SearchFolder = "search";
    public const string GlossaryFile = "glossary.yaml";
    public const string TreesFolder = "trees";

    /// <summary>True when <paramref name="directory"/> looks like a knowledge folder.</summary>
    public static bool IsKnowledgeRoot(string directory) =>
        Directory.Exists(Path.Combine(directory, SourcesFolder)) && File.Exists(Path.Combine(directory, GlossaryFile));
}
