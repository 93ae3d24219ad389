using System.Collections.Frozen;
using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;
using YamlDotNet.Serialization;

namespace Assistant.Search.Indexing;

/// <summary>
/// Words users type for what a section covers, kept beside the circulars rather than in them: they
/// are searched like a heading of their own but never shown, so nothing a user reads is paraphrased.
/// They were written from each section's text alone, without sight of the gold questions.
/// </summary>
internal sealed record SectionTerms(FrozenDictionary<SectionRef, string> TextBySection)
{
    public const string FileName = "section-terms.yaml";

    public static SectionTerms Empty { get; } = new(FrozenDictionary<SectionRef, string>.Empty);

    /// <summary>The section's terms as one text for the analyzer, or "" when it has none.</summary>
    public string TextOf(SectionRef section) => TextBySection.GetValueOrDefault(section, "");

    public static SectionTerms Load(string knowledgeRoot, KnowledgeBase knowledge) =>
        Parse(File.ReadAllText(Path.Combine(knowledgeRoot, KnowledgeLayout.SearchFolder, FileName)), knowledge);

    /// <summary>
    /// Reads <c>document key → section → terms</c>; a section the knowledge base lacks is an error, so
    /// a renamed heading cannot silently lose its terms.
    /// </summary>
    public static SectionTerms Parse(string yaml, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var byDocument = SearchFileYaml.Deserialize<Dictionary<string, Dictionary<string, List<string>?>>>(new DeserializerBuilder().Build(), yaml, FileName);
        var unknown = new List<string>();
        var texts = new Dictionary<SectionRef, string>();
        foreach (var (document, sections) in byDocument)
        {
            foreach (var (section, terms) in sections)
            {
                var reference = new SectionRef(document, section);
                if (!knowledge.TryGetSection(reference, out _))
                {
                    unknown.Add(reference.ToString());
                    continue;
                }

                // One term per line: the analyzer then never reads two terms as one phrase.
                texts[reference] = string.Join("\n", terms ?? []);
            }
        }

        return unknown.Count > 0
            ? throw new FormatException($"{FileName}: no such section: {string.Join(", ", unknown)}.")
            : new SectionTerms(texts.ToFrozenDictionary());
    }
}
