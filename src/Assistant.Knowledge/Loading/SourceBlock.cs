namespace Assistant.Knowledge.Loading;

/// <summary>One block of a cleaned source file, as the Markdown parser reads it.</summary>
internal abstract record SourceBlock(string Text);

/// <summary>A heading: <c>## 4.2 Nærmere om bistandssituasjonene</c>.</summary>
internal sealed record HeadingBlock(int Level, string? Number, string Title) : SourceBlock(Title);

/// <summary>A paragraph of running text.</summary>
internal sealed record ParagraphBlock(string Text) : SourceBlock(Text);

/// <summary>A list item; <paramref name="Indent"/> is 0 for a bullet, 1 for a sub-bullet.</summary>
internal sealed record ListItemBlock(int Indent, string Text) : SourceBlock(Text);

/// <summary>A footnote's own text, <c>[^1]: …</c>.</summary>
internal sealed record FootnoteBlock(string Label, string Text) : SourceBlock(Text);
