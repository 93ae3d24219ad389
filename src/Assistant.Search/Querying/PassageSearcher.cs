using System.Collections.Frozen;
using Assistant.Knowledge.Model;
using Assistant.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Search.Querying;

/// <summary>
/// Answers free questions from the passage index: BM25 over heading, context, body and the
/// section's terms (one DisMax per word group), legal references as exact keys, and two checks
/// that say "not covered" instead of showing weak hits: how much of the question the best passage
/// covers, and, for a question that asks for an amount, whether the best passages state one.
/// </summary>
internal sealed class PassageSearcher(
    PassageIndex index,
    Analyzer queryAnalyzer,
    IEnumerable<string> questionWords,
    IEnumerable<string> commonWords,
    IReadOnlyList<string> topics,
    SearchOptions options) : IPassageSearch, ISearchDiagnostics
{
    /// <summary>How many passages to rank before keeping the best one per section.</summary>
    private const int Candidates = 60;

    /// <summary>
    /// How many of the best passages may state the amount a question asks for. Chosen on the tuning
    /// questions: the best passage alone declined one whose answer ranked second, and the best three
    /// let one more uncovered question through.
    /// </summary>
    private const int AmountDepth = 2;

    /// <summary>What the other forms of a word add beyond the best-matching one.</summary>
    private const float AlternativesTieBreaker = 0.1f;

    private readonly QueryPlanner _planner = new(index, queryAnalyzer, options);

    /// <summary>The stems of the words that phrase a question rather than say what it is about.</summary>
    private readonly HashSet<string> _phrasing = questionWords
        .SelectMany(word => PassageIndex.Analyze(index.IndexAnalyzer, word))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The stems of everyday words, which the sources lacking them does not make a question uncovered.</summary>
    private readonly HashSet<string> _everyday = commonWords
        .SelectMany(word => PassageIndex.Analyze(index.IndexAnalyzer, word))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Which passages state an amount, by ordinal.</summary>
    private readonly AmountKind[] _statedAmounts = index.Knowledge.Passages.Select(p => AmountQuestion.Stated(p.Text)).ToArray();

    public SearchResult Search(string question, int? top = null)
    {
        question ??= "";
        var count = Math.Clamp(top ?? options.DefaultTop, 1, 50);
        if (question.Length > options.MaxQuestionLength)
        {
            return Unanswered(question[..options.MaxQuestionLength], SearchOutcome.TooLong);
        }

        var cleaned = new string(question.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();

        // A bare number ("2") is not a question; "§ 31" is a reference and is searched.
        var plan = cleaned.Any(c => char.IsLetter(c) || c == '§') ? _planner.Plan(cleaned) : QueryPlan.Empty;
        if (plan.IsEmpty)
        {
            return Unanswered(cleaned, SearchOutcome.Empty);
        }

        var ranked = Rank(plan);
        var coverage = ranked.Count == 0 ? 0f : Coverage(plan, ranked[0].Ordinal);
        if (ranked.Count == 0 || coverage < options.MinCoverage || LacksAmount(AmountQuestion.Asked(cleaned), ranked))
        {
            return Unanswered(cleaned, SearchOutcome.NotCovered) with { Coverage = coverage };
        }

        var terms = plan.AllTerms.ToHashSet(StringComparer.Ordinal);
        var hits = ranked
            .Take(count)
            .Select((hit, i) =>
            {
                var passage = index.Knowledge.Passages[hit.Ordinal];
                return new SearchHit(i + 1, passage, hit.Score, SnippetBuilder.Build(index.PassageTexts[hit.Ordinal], passage.Text, terms));
            })
            .ToArray();
        return new SearchResult(cleaned, SearchOutcome.Answered, hits, []) { Coverage = coverage };
    }

    /// <summary>Whether the question asks for an amount (how many, how long, what it costs) that none of the best passages states.</summary>
    private bool LacksAmount(AmountKind asked, IReadOnlyList<(int Ordinal, float Score)> ranked) =>
        asked != AmountKind.None && !ranked.Take(AmountDepth).Any(hit => _statedAmounts[hit.Ordinal].HasFlag(asked));

    /// <summary>The best passage of each section, best first.</summary>
    internal IReadOnlyList<(int Ordinal, float Score)> Rank(QueryPlan plan)
    {
        var query = BuildQuery(plan);
        var seen = new HashSet<SectionRef>();
        var ranked = new List<(int, float)>();
        // An in-order collector makes Lucene score document at a time; the default lets a query of
        // only optional clauses use the bulk scorer, which allocates a table of 2 048 buckets per
        // search — on a corpus of a few hundred passages that garbage costs more than the scoring.
        var collector = TopScoreDocCollector.Create(Candidates, docsScoredInOrder: true);
        index.Search(query, collector);
        foreach (var scoreDoc in collector.GetTopDocs().ScoreDocs)
        {
            var ordinal = index.OrdinalOf(scoreDoc.Doc);
            if (seen.Add(index.Knowledge.Passages[ordinal].SectionRef))
            {
                ranked.Add((ordinal, scoreDoc.Score));
            }
        }

        return ranked;
    }

    private BooleanQuery BuildQuery(QueryPlan plan)
    {
        var root = new BooleanQuery(disableCoord: true);
        foreach (var group in plan.Groups)
        {
            var perField = new DisjunctionMaxQuery(options.FieldTieBreaker);
            foreach (var (field, boost) in FieldBoosts())
            {
                // One concept counts once: its forms, parts and expansions compete rather than add
                // up, or a heading holding three synonyms of one word would outrank the answer.
                var alternatives = new DisjunctionMaxQuery(AlternativesTieBreaker) { Boost = boost };
                foreach (var term in group.Terms)
                {
                    if (index.QueryFor(field, term.Text) is { } query)
                    {
                        query.Boost = term.Weight;
                        alternatives.Add(query);
                    }
                }

                if (alternatives.Disjuncts.Count > 0)
                {
                    perField.Add(alternatives);
                }
            }

            if (perField.Disjuncts.Count > 0)
            {
                root.Add(perField, Occur.SHOULD);
            }
        }

        foreach (var key in plan.ReferenceKeys)
        {
            // A reference that names its statute is precise; a bare "§ 31" could be any law's.
            var boost = key.StartsWith(Analysis.LegalReferenceExtractor.AnyLaw, StringComparison.Ordinal) ? options.ReferenceBoost / 3 : options.ReferenceBoost;
            if (index.QueryFor(PassageFields.References, key) is { } query)
            {
                query.Boost = boost;
                root.Add(query, Occur.SHOULD);
            }
        }

        return root;
    }

    private IEnumerable<(string Field, float Boost)> FieldBoosts()
    {
        yield return (PassageFields.Heading, options.HeadingBoost);
        yield return (PassageFields.Context, options.ContextBoost);
        yield return (PassageFields.Body, 1f);
        yield return (PassageFields.Terms, options.SectionTermsBoost);
    }

    /// <summary>
    /// The share of the question the passage answers, each word weighed by its rarity. Words no
    /// passage contains weigh the most, so "lønn" in "hva er lønnen til en politibetjent" pulls the
    /// coverage down even when "politibetjent" matches well.
    /// </summary>
    internal float Coverage(QueryPlan plan, int ordinal)
    {
        var terms = index.PassageTerms[ordinal];
        double total = 0, matched = 0;
        // A question made only of expansions ("si fra") is weighed by them.
        var asked = plan.Groups.Where(g => !g.IsExpansion && !_phrasing.Contains(g.Original!.Text)).ToArray();
        foreach (var group in asked.Length > 0 ? asked : plan.Groups)
        {
            var docFreq = DocFreq(group);
            var weight = index.Idf(docFreq);
            total += weight;
            // A word the sources use elsewhere says the question is within their scope even when the
            // best passage lacks it, and an everyday word says nothing either way; a word of any other
            // kind that they never use is what marks a question they do not cover.
            var credit = Credit(group, terms);
            var known = docFreq > 0 || (group.Original is { } original && _everyday.Contains(original.Text));
            matched += weight * (known ? Math.Max(credit, options.KnownWordCredit) : credit);
        }

        if (plan.ReferenceKeys.Count > 0)
        {
            var weight = index.Idf(0);
            total += weight;
            if (plan.ReferenceKeys.Any(terms.Contains))
            {
                matched += weight;
            }
        }

        return total == 0 ? 0f : (float)(matched / total);
    }

    /// <summary>
    /// In how many passages the word of a group occurs, which weighs how much it says about what the
    /// question is after. A word no passage holds is usually the question's subject, unless it was only
    /// typed differently: an English word ("police") or a misspelling counts as what it was read as
    /// ("politi"), or every English question would look half unknown.
    /// </summary>
    private int DocFreq(QueryGroup group)
    {
        var word = (group.Original ?? group.Terms[0]).Text;
        var docFreq = index.TextDocFreq(word);
        if (docFreq == 0 && group.Original is not null)
        {
            docFreq = group.Terms
                .Where(t => t.Kind is TermKind.Expansion or TermKind.Correction)
                .Concat(group.PhraseExpansions)
                .Select(t => index.TextDocFreq(t.Text))
                .DefaultIfEmpty(0)
                .Max();
        }

        return docFreq;
    }

    /// <summary>
    /// How much of a word group the passage holds: all of it for the word, an expansion (its own or
    /// its phrase's) or a correction;
    /// a part of a compound only says the passage is about something near ("helse" for "Helsetilsynet").
    /// </summary>
    private double Credit(QueryGroup group, FrozenSet<string> terms)
    {
        if (group.Terms.Any(t => t.Kind != TermKind.Part && terms.Contains(t.Text))
            || group.PhraseExpansions.Any(t => terms.Contains(t.Text)))
        {
            return 1;
        }

        return group.Terms.Any(t => terms.Contains(t.Text)) ? options.PartCredit : 0;
    }

    public string Explain(string question)
    {
        var plan = _planner.Plan(question ?? "");
        var ranked = Rank(plan);
        var terms = ranked.Count > 0 ? index.PassageTerms[ranked[0].Ordinal] : null;
        var lines = new List<string>
        {
            ranked.Count > 0 ? $"best: {index.Knowledge.Passages[ranked[0].Ordinal].Id} coverage {Coverage(plan, ranked[0].Ordinal):0.00}" : "no hits",
        };
        foreach (var group in plan.Groups)
        {
            var word = (group.Original ?? group.Terms[0]).Text;
            var credit = terms is null ? 0 : Credit(group, terms);
            var covered = credit >= 1 ? "+" : credit > 0 ? "~" : "-";
            var kind = group.IsExpansion ? "(exp) " : _phrasing.Contains(word) ? "(phrasing) " : "";
            lines.Add($"  {covered} {kind}weight {index.Idf(DocFreq(group)):0.00}: {string.Join(" | ", group.Terms.Select(t => $"{t.Text}^{t.Weight:0.0}"))}");
        }

        lines.Add($"  refs: {string.Join(", ", plan.ReferenceKeys)}");
        if (AmountQuestion.Asked(question ?? "") is var asked and not AmountKind.None)
        {
            lines.Add($"  asks for an amount ({asked}); stated in the best {AmountDepth}: {(LacksAmount(asked, ranked) ? "no" : "yes")}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    private SearchResult Unanswered(string query, SearchOutcome outcome) => new(query, outcome, [], topics);
}
