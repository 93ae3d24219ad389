namespace Assistant.Knowledge.Loading;

/// <summary>Settings of the knowledge library, bound to the <c>Knowledge</c> section.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>
    /// The knowledge folder. Empty (the default) means: look for <c>knowledge/</c> from the
    /// working directory upwards, then beside the program (the build output carries a copy).
    /// </summary>
    public string? Root { get; set; }
}
