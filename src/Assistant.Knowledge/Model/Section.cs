namespace Assistant.Knowledge.Model;

/// <summary>A section of a document, with the passages of its own text (not of its subsections).</summary>
/// <param name="Number">The document's own number (<c>4.2</c>), or null for an unnumbered part.</param>
/// <param name="Heading">The heading text.</param>
/// <param name="Depth">1 for a chapter, 2 for its subsections, and so on.</param>
/// <param name="Path">Headings from the top of the document down to this section, itself included.</param>
/// <param name="Passages">The section's own passages in reading order.</param>
public sealed record Section(string? Number, string Heading, int Depth, IReadOnlyList<string> Path, IReadOnlyList<Passage> Passages)
{
    /// <summary>The label a citation uses: the number, or the heading text when there is none.</summary>
    public string Label => Number ?? Heading;
}
