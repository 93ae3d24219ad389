using Assistant.Knowledge.Model;

namespace Assistant.Search.Evaluation;

/// <summary>Computes Recall@k, MRR@10, nDCG@10 (binary relevance by section) and the no-answer figures.</summary>
public static class Evaluator
{
    public const int Depth = 10;

    public static EvaluationReport Evaluate(string system, IPassageSearch search, IReadOnlyList<GoldQuestion> gold)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(gold);
        var outcomes = gold.Select(q =>
        {
            var result = search.Search(q.Question, Depth);
            var declined = result.Outcome != SearchOutcome.Answered;
            var ranked = result.Hits.Select(h => h.Passage.SectionRef).ToArray();
            var relevant = q.Answers.ToHashSet();
            var index = Array.FindIndex(ranked, relevant.Contains);
            return new QuestionOutcome(q, declined, index < 0 ? null : index + 1, ranked, result.Coverage);
        }).ToArray();

        var answerable = outcomes.Where(o => o.Gold.IsAnswerable).ToArray();
        var unanswerable = outcomes.Where(o => !o.Gold.IsAnswerable).ToArray();
        double Mean(Func<QuestionOutcome, double> score) => answerable.Length == 0 ? 0 : answerable.Average(score);
        double RecallAt(int k) => Mean(o => o.FirstRelevantRank <= k ? 1 : 0);
        var declinedTotal = outcomes.Count(o => o.Declined);
        var declinedCorrectly = unanswerable.Count(o => o.Declined);

        return new EvaluationReport(
            system,
            answerable.Length,
            unanswerable.Length,
            RecallAt(1),
            RecallAt(3),
            RecallAt(5),
            Mean(o => o.FirstRelevantRank is int rank ? 1.0 / rank : 0),
            Mean(Ndcg),
            answerable.Count(o => o.Declined),
            unanswerable.Count(o => !o.Declined),
            declinedTotal == 0 ? 0 : (double)declinedCorrectly / declinedTotal,
            outcomes);
    }

    private static double Ndcg(QuestionOutcome outcome)
    {
        var relevant = outcome.Gold.Answers.ToHashSet();
        var dcg = outcome.Ranked.Take(Depth).Select((r, i) => relevant.Contains(r) ? 1 / Math.Log2(i + 2) : 0).Sum();
        var ideal = Enumerable.Range(0, Math.Min(relevant.Count, Depth)).Sum(i => 1 / Math.Log2(i + 2));
        return ideal == 0 ? 0 : dcg / ideal;
    }
}
