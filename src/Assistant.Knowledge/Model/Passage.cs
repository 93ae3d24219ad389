namespace Assistant.Knowledge.Model;

/// <summary>
/// The unit of retrieval and quotation: one to a few paragraphs of one section, verbatim.
/// </summary>
/// <param name="Id">Stable id <c>doc/section/ordinal</c>, e.g. <c>psykisk-helse/11.3/2</c>.</param>
/// <param name="Citation">The document and section it belongs to.</param>
/// <param name="SectionPath">Headings from the top of the document down to the passage's section.</param>
/// <param name="Text">The verbatim text; list items start with <c>- </c>, footnote markers read <c>[1]</c>.</param>
public sealed record Passage(string Id, Citation Citation, IReadOnlyList<string> SectionPath, string Text)
{
    /// <summary>The <c>doc:section</c> reference of the passage's section.</summary>
    public SectionRef SectionRef => new(Citation.DocumentKey, Citation.Section);
}
