using Assistant.Knowledge.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Search.Evaluation;

/// <summary>Reads a gold question file (<c>knowledge/eval/*.yaml</c>).</summary>
public static class GoldSet
{
    public static IReadOnlyList<GoldQuestion> Parse(string yaml)
    {
        var rows = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<List<Row>?>(yaml) ?? [];
        return rows.Select(r => new GoldQuestion(r.Q, r.Answers.Select(SectionRef.Parse).ToArray())).ToArray();
    }

    public static IReadOnlyList<GoldQuestion> Load(string path) => Parse(File.ReadAllText(path));

    private sealed class Row
    {
        public string Q { get; set; } = "";

        public List<string> Answers { get; set; } = [];
    }
}
