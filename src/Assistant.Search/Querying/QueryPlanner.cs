using System.Collections.Concurrent;
using Assistant.Search.Analysis;
using Assistant.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Search.Querying;

/// <summary>
/// Turns a question into a <see cref="QueryPlan"/> by running it through the query side of the
/// analysis chain. User text never reaches a query parser, so "?", quotes or "AND" are just text.
/// </summary>
internal sealed class QueryPlanner(PassageIndex index, Analyzer queryAnalyzer, SearchOptions options)
{
    /// <summary>Long questions are cut to this many word groups; the rest adds little but cost.</summary>
    internal const int MaxGroups = 32;

    /// <summary>Shorter words are left alone: one edit away from a short word is usually another word.</summary>
    private const int MinFuzzyLength = 5;

    /// <summary>At most this many corrections per word, the closest first.</summary>
    private const int MaxCorrections = 5;

    /// <summary>Bound of <see cref="_corrections"/>: far more distinct misspellings than a day of questions holds.</summary>
    private const int MaxRememberedCorrections = 20_000;

    /// <summary>
    /// Corrections already found, by word as typed. Finding them builds a Levenshtein automaton,
    /// which costs more than the rest of a search together; the index never changes, so a word's
    /// corrections never do either, and users repeat each other's misspellings.
    /// </summary>
    private readonly ConcurrentDictionary<string, string[]> _corrections = new(StringComparer.Ordinal);

    public QueryPlan Plan(string question)
    {
        var groups = new List<List<QueryTerm>>();
        var surfaces = new List<string>();
        var starts = new List<int>();
        // Expansions of a phrase ("fra når gjelder", "in writing") with where the phrase ends: they
        // stand at the phrase's first word, but speak for all of its words.
        var phrases = new List<(int Start, int End, QueryTerm Term)>();
        using (var stream = queryAnalyzer.GetTokenStream(PassageFields.Body, question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && groups.Count <= MaxGroups)
            {
                var text = term.ToString();
                var isSynonym = type.Type == SynonymFilter.TYPE_SYNONYM;
                var startsGroup = increment.PositionIncrement > 0 || groups.Count == 0;
                var kind = isSynonym ? TermKind.Expansion : startsGroup ? TermKind.Word : TermKind.Part;
                var weight = kind switch
                {
                    TermKind.Expansion => options.SynonymWeight,
                    TermKind.Part => options.SubwordWeight,
                    _ => 1f,
                };
                if (startsGroup)
                {
                    groups.Add([]);
                    surfaces.Add(question[offset.StartOffset..offset.EndOffset].ToLowerInvariant());
                    starts.Add(offset.StartOffset);
                }

                var queryTerm = new QueryTerm(text, weight, kind);
                groups[^1].Add(queryTerm);
                if (kind == TermKind.Expansion)
                {
                    phrases.Add((offset.StartOffset, offset.EndOffset, queryTerm));
                }
            }

            stream.End();
        }

        var planned = groups
            .Take(MaxGroups)
            .Select((terms, i) => Correct(Deduplicate(terms), surfaces[i]) with
            {
                PhraseExpansions = phrases
                    .Where(p => p.Start < starts[i] && p.End > starts[i])
                    .Select(p => p.Term)
                    .Distinct()
                    .ToArray(),
            })
            .Where(g => g.Terms.Count > 0)
            .ToArray();
        var references = LegalReferenceExtractor.Extract(question, lenient: true).Distinct().ToArray();
        return new QueryPlan(planned, references);
    }

    private static List<QueryTerm> Deduplicate(List<QueryTerm> terms) => terms
        .GroupBy(t => t.Text, StringComparer.Ordinal)
        .Select(g => g.MaxBy(t => t.Weight)!)
        .OrderByDescending(t => t.Weight)
        .ToList();

    /// <summary>
    /// A word no passage contains is probably misspelt: find the words of the passages one or two
    /// edits away from it as typed, and add their stems.
    /// </summary>
    private QueryGroup Correct(List<QueryTerm> terms, string surface)
    {
        var isExpansion = terms.TrueForAll(t => t.Weight < 1f);
        var original = terms.Find(t => t.Weight >= 1f);
        if (original is null || surface.Length < MinFuzzyLength || surface.Any(char.IsDigit)
            || index.TextDocFreq(original.Text) > 0)
        {
            return new QueryGroup(terms, isExpansion);
        }

        if (!_corrections.TryGetValue(surface, out var corrected))
        {
            corrected = FindCorrections(surface);
            if (_corrections.Count >= MaxRememberedCorrections)
            {
                _corrections.Clear();
            }

            _corrections.TryAdd(surface, corrected);
        }

        var known = terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        terms.AddRange(corrected.Where(known.Add).Select(text => new QueryTerm(text, options.FuzzyWeight, TermKind.Correction)));
        return new QueryGroup(terms, isExpansion);
    }

    /// <summary>The analysed forms of the passage words one or two edits from <paramref name="surface"/>.</summary>
    private string[] FindCorrections(string surface)
    {
        var maxEdits = surface.Length >= 8 ? 2 : 1;
        var fuzzy = new FuzzyQuery(new Term(PassageFields.Surface, surface), maxEdits, prefixLength: 1, MaxCorrections, transpositions: true);
        var corrections = new HashSet<Term>();
        index.Searcher.Rewrite(fuzzy).ExtractTerms(corrections);
        return corrections
            .SelectMany(c => PassageIndex.Analyze(index.IndexAnalyzer, c.Text))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
    }
}
