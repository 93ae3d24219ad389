namespace Assistant.Knowledge.Model;

/// <summary>
/// Where a passage comes from, as a reader checks it against the original: the document, and the
/// section by its own number (or, for unnumbered parts, by its heading text).
/// </summary>
/// <param name="DocumentKey">The fixed document key, e.g. <c>psykisk-helse</c>.</param>
/// <param name="DocumentTitle">The document's title.</param>
/// <param name="Section">The section label: its number (<c>11.3</c>) or, unnumbered, its heading text.</param>
/// <param name="Heading">The section's heading text.</param>
public sealed record Citation(string DocumentKey, string DocumentTitle, string Section, string Heading)
{
    /// <summary>True when the section is labelled by its own heading rather than a number.</summary>
    public bool IsUnnumbered => Section == Heading;

    /// <summary>The citation as a reader sees it, in bokmål.</summary>
    public override string ToString() => IsUnnumbered
        ? $"{DocumentTitle}, «{Heading}»"
        : $"{DocumentTitle}, punkt {Section} {Heading}";
}
