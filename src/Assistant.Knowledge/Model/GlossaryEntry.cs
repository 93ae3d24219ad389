namespace Assistant.Knowledge.Model;

/// <summary>An abbreviation or term users type, with what it stands for.</summary>
/// <param name="Term">The term as usually written, e.g. <c>TUD</c>.</param>
/// <param name="Expansion">What it stands for, in bokmål.</param>
/// <param name="Aliases">Other spellings users type.</param>
/// <param name="CaseSensitive">True when the lowercased form is an ordinary word (TO, PO, LA).</param>
/// <param name="Cite">Where the sources use or define it, if they do.</param>
public sealed record GlossaryEntry(
    string Term,
    string Expansion,
    IReadOnlyList<string> Aliases,
    bool CaseSensitive,
    SectionRef? Cite);
