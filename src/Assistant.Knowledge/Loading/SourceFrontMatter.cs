namespace Assistant.Knowledge.Loading;

/// <summary>The YAML front matter of a cleaned source file (mutable only for the YAML reader).</summary>
internal sealed class SourceFrontMatter
{
    public string Key { get; set; } = "";

    public string Title { get; set; } = "";

    public string Issuer { get; set; } = "";

    public string Date { get; set; } = "";

    public string Source { get; set; } = "";

    /// <summary>Regular expressions for what was removed from the raw file as layout.</summary>
    public List<string> Noise { get; set; } = [];
}
