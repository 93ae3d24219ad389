using Assistant.Knowledge.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Knowledge.Loading;

/// <summary>Reads <c>knowledge/glossary.yaml</c>.</summary>
internal static class GlossaryFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static Glossary Parse(string yaml)
    {
        var rows = Yaml.Deserialize<List<Row>?>(yaml) ?? [];
        return new Glossary(rows.Select(row => new GlossaryEntry(
            row.Term.Trim(),
            row.Expansion.Trim(),
            row.Aliases.Select(a => a.Trim()).Where(a => a.Length > 0).ToArray(),
            row.CaseSensitive,
            row.Cite is null ? null : SectionRef.Parse(row.Cite))));
    }

    private sealed class Row
    {
        public string Term { get; set; } = "";

        public string Expansion { get; set; } = "";

        public List<string> Aliases { get; set; } = [];

        public bool CaseSensitive { get; set; }

        public string? Cite { get; set; }
    }
}
