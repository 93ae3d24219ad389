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

    private const int MinFuzzyLength = 4;

    public QueryPlan Plan(string question)
    {
        var groups = new List<List<QueryTerm>>();
        using (var stream = queryAnalyzer.GetTokenStream(PassageFields.Body, question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && groups.Count <= MaxGroups)
            {
                var text = term.ToString();
                var isSynonym = type.Type == SynonymFilter.TYPE_SYNONYM;
                var startsGroup = increment.PositionIncrement > 0 || groups.Count == 0;
                var weight = isSynonym ? options.SynonymWeight : startsGroup ? 1f : options.SubwordWeight;
                if (startsGroup)
                {
                    groups.Add([]);
                }

                groups[^1].Add(new QueryTerm(text, weight));
            }

            stream.End();
        }

        var planned = groups
            .Take(MaxGroups)
            .Select(terms => Correct(Deduplicate(terms)))
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

    /// <summary>A word no passage contains is probably misspelt: add the indexed words one or two edits away.</summary>
    private QueryGroup Correct(List<QueryTerm> terms)
    {
        var isExpansion = terms.TrueForAll(t => t.Weight < 1f);
        var original = terms.Find(t => t.Weight >= 1f);
        if (original is null || original.Text.Length < MinFuzzyLength || original.Text.All(char.IsDigit)
            || PassageFields.Text.Any(f => index.DocFreq(f, original.Text) > 0))
        {
            return new QueryGroup(terms, isExpansion);
        }

        var maxEdits = original.Text.Length >= 7 ? 2 : 1;
        var fuzzy = new FuzzyQuery(new Term(PassageFields.Body, original.Text), maxEdits, prefixLength: 1);
        var corrections = new HashSet<Term>();
        index.Searcher.Rewrite(fuzzy).ExtractTerms(corrections);
        var known = terms.Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        terms.AddRange(corrections
            .Select(c => c.Text)
            .Where(known.Add)
            .Select(text => new QueryTerm(text, options.FuzzyWeight)));
        return new QueryGroup(terms, isExpansion);
    }
}
