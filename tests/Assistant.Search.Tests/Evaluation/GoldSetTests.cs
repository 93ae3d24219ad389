using Assistant.Search.Evaluation;
using Assistant.TestSupport;

namespace Assistant.Search.Tests.Evaluation;

public class GoldSetTests
{
    private static readonly IReadOnlyList<GoldQuestion> Tuning = GoldSet.Load(RepositoryKnowledge.PathOf("eval", "tuning.yaml"));
    private static readonly IReadOnlyList<GoldQuestion> Heldout = GoldSet.Load(RepositoryKnowledge.PathOf("eval", "heldout.yaml"));

    [Fact]
    public void GoldSet_HasAtLeast120QuestionsInTwoDisjointParts()
    {
        Assert.True(Tuning.Count + Heldout.Count >= 120);
        Assert.Empty(Tuning.Select(q => q.Question).Intersect(Heldout.Select(q => q.Question)));
        Assert.Equal(Tuning.Count + Heldout.Count, Tuning.Concat(Heldout).Select(q => q.Question).Distinct().Count());
    }

    [Fact]
    public void GoldSet_BothPartsHoldAnswerableAndUncoveredQuestions()
    {
        Assert.All(new[] { Tuning, Heldout }, part =>
        {
            Assert.Contains(part, q => q.IsAnswerable);
            Assert.Contains(part, q => !q.IsAnswerable);
        });
    }

    [Fact]
    public void GoldSet_EveryAcceptedAnswer_IsASectionThatExists()
    {
        Assert.All(Tuning.Concat(Heldout).SelectMany(q => q.Answers), answer =>
            Assert.True(RepositoryKnowledge.Knowledge.TryGetSection(answer, out _), answer.ToString()));
    }

    [Fact]
    public void GoldSet_CoversEveryDocument()
    {
        var cited = Tuning.Concat(Heldout).SelectMany(q => q.Answers).Select(a => a.DocumentKey).ToHashSet();

        Assert.Equal(RepositoryKnowledge.Knowledge.Documents.Select(d => d.Key).ToHashSet(), cited);
    }
}
