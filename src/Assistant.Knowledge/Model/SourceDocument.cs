namespace Assistant.Knowledge.Model;

/// <summary>One cleaned source document from <c>knowledge/sources/&lt;key&gt;.md</c>.</summary>
/// <param name="Key">The fixed key, e.g. <c>ambulanse</c>.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="Date">When it was issued or took effect, as the source states it.</param>
/// <param name="SourceFile">The raw file it was cleaned from (in <c>knowledge/raw/</c>).</param>
/// <param name="Sections">The sections in reading order.</param>
public sealed record SourceDocument(
    string Key,
    string Title,
    string Issuer,
    string Date,
    string SourceFile,
    IReadOnlyList<Section> Sections);
