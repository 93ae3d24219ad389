namespace Assistant.Knowledge.Loading;

/// <summary>A cleaned source file split into its front matter and its blocks.</summary>
internal sealed record ParsedSource(SourceFrontMatter FrontMatter, IReadOnlyList<SourceBlock> Blocks);
