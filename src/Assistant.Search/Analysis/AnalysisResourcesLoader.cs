using System.Text.RegularExpressions;
using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.No;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Search.Analysis;

/// <summary>Builds <see cref="AnalysisResources"/> from the word lists in <c>knowledge/search/</c> and the glossary.</summary>
internal static partial class AnalysisResourcesLoader
{
    public const string NotStopWordsFile = "not-stopwords.txt";
    public const string MoreStopWordsFile = "more-stopwords.txt";
    public const string CompoundPartsFile = "compound-parts.txt";
    public const string StemOverridesFile = "stem-overrides.txt";
    public const string SynonymsFile = "synonyms.yaml";
    public const string QuestionWordsFile = "question-words.txt";
    public const string CommonWordsFile = "common-words.txt";

    public static AnalysisResources Load(string knowledgeRoot, Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var folder = Path.Combine(knowledgeRoot, KnowledgeLayout.SearchFolder);
        string Read(string file) => File.ReadAllText(Path.Combine(folder, file));
        return Build(glossary, Read(NotStopWordsFile), Read(MoreStopWordsFile), Read(CompoundPartsFile), Read(StemOverridesFile), Read(SynonymsFile), Read(QuestionWordsFile), Read(CommonWordsFile));
    }

    internal static AnalysisResources Build(Glossary glossary, string notStopWords, string moreStopWords, string compoundParts, string stemOverrides, string synonymsYaml, string questionWords, string commonWords)
    {
        // The stock list removes words that carry meaning here ("ikke", "uten", "mot" …).
        var keep = Lines(notStopWords).ToHashSet(StringComparer.Ordinal);
        var stopWords = new CharArraySet(LuceneSettings.Version, 0, ignoreCase: false);
        foreach (var text in NorwegianAnalyzer.DefaultStopSet)
        {
            if (!keep.Contains(text))
            {
                stopWords.Add(text);
            }
        }

        foreach (var word in Lines(moreStopWords))
        {
            stopWords.Add(word);
        }

        var parts = new CharArraySet(LuceneSettings.Version, Lines(compoundParts).ToArray(), ignoreCase: false);

        var overrides = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var line in Lines(stemOverrides))
        {
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 2)
            {
                throw new FormatException($"{StemOverridesFile}: expected 'form stem', got '{line}'.");
            }

            overrides.Add(fields[0], fields[1]);
        }

        var caseSensitive = new SynonymMap.Builder(dedup: true);
        var expansions = new SynonymMap.Builder(dedup: true);
        var caseSensitiveCount = 0;
        var expansionCount = 0;
        foreach (var entry in glossary.Entries)
        {
            var output = Words(entry.Expansion, lowercase: true);
            foreach (var form in entry.Aliases.Prepend(entry.Term))
            {
                if (string.Equals(form, entry.Expansion, StringComparison.OrdinalIgnoreCase) || output.Length == 0)
                {
                    continue;
                }

                if (entry.CaseSensitive)
                {
                    caseSensitive.Add(Join(Words(form, lowercase: false)), Join(output), includeOrig: true);
                    caseSensitiveCount++;
                }
                else
                {
                    expansions.Add(Join(Words(form, lowercase: true)), Join(output), includeOrig: true);
                    expansionCount++;
                }
            }
        }

        foreach (var rule in ReadSynonyms(synonymsYaml))
        {
            foreach (var phrase in rule.When)
            {
                foreach (var addition in rule.Add)
                {
                    expansions.Add(Join(Words(phrase, lowercase: true)), Join(Words(addition, lowercase: true)), includeOrig: true);
                    expansionCount++;
                }
            }
        }

        return new AnalysisResources(
            caseSensitiveCount > 0 ? caseSensitive.Build() : null,
            expansionCount > 0 ? expansions.Build() : null,
            stopWords.AsReadOnly(),
            parts.AsReadOnly(),
            overrides.Build(),
            Lines(questionWords).ToHashSet(StringComparer.Ordinal),
            Lines(commonWords).ToHashSet(StringComparer.Ordinal));
    }

    private static CharsRef Join(string[] words) => SynonymMap.Builder.Join(words, new CharsRef());

    /// <summary>Splits as the standard tokenizer does for these words: letters and digits, nothing else.</summary>
    private static string[] Words(string text, bool lowercase) =>
        WordPattern().Matches(lowercase ? text.ToLowerInvariant() : text).Select(m => m.Value).ToArray();

    private static IEnumerable<string> Lines(string text) => text
        .Split('\n')
        .Select(line => line.Split('#')[0].Trim())
        .Where(line => line.Length > 0);

    private static List<SynonymRule> ReadSynonyms(string yaml) =>
        SearchFileYaml.Deserialize<List<SynonymRule>>(
            new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build(), yaml, SynonymsFile);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    private sealed class SynonymRule
    {
        public List<string> When { get; set; } = [];

        public List<string> Add { get; set; } = [];
    }
}
