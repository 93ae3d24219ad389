using Assistant.Interviews.Loading;
using Assistant.Interviews.Model;
using Assistant.Interviews.Walking;
using Assistant.TestSupport;

namespace Assistant.Interviews.Tests.Walking;

/// <summary>Property: any sequence of answers through any tree ends in an outcome that cites the sources.</summary>
public class RandomWalkTests
{
    private const int WalksPerTree = 500;

    public static TheoryData<string> TreeIds() =>
        new(Directory.GetFiles(RepositoryKnowledge.PathOf("trees"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(TreeIds))]
    public void Answer_RandomWalks_AlwaysEndInAnOutcomeWithCitations(string treeId)
    {
        Assert.True(InterviewTreeLoader.Load(RepositoryKnowledge.Root, RepositoryKnowledge.Knowledge).TryGet(treeId, out var tree));
        var random = new Random(Seed: 20261123);
        for (var walk = 0; walk < WalksPerTree; walk++)
        {
            var session = InterviewWalker.Start(tree);
            for (var steps = 0; ; steps++)
            {
                Assert.True(steps <= tree.Nodes.Count, "A walk is longer than the tree has nodes.");
                Assert.True(InterviewWalker.TryReplay(tree, session, out var path));
                if (path.Outcome is { } outcome)
                {
                    Assert.NotEmpty(outcome.Outcome.Cites);
                    Assert.All(outcome.Outcome.Cites, id => Assert.True(RepositoryKnowledge.Knowledge.TryGetPassage(id, out _)));
                    break;
                }

                session = InterviewWalker.Answer(path, session, random.Next(path.Question!.Options.Count));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TreeIds))]
    public void Answer_AlwaysUnsure_EndsInAnAvklarOrCarefulOutcome(string treeId)
    {
        Assert.True(InterviewTreeLoader.Load(RepositoryKnowledge.Root, RepositoryKnowledge.Knowledge).TryGet(treeId, out var tree));
        var session = InterviewWalker.Start(tree);
        InterviewPath? path;
        while (InterviewWalker.TryReplay(tree, session, out path) && path.Question is { } question)
        {
            session = InterviewWalker.Answer(path, session, question.Options.ToList().FindIndex(o => o.Unsure));
        }

        Assert.NotNull(path?.Outcome);
        Assert.Contains(path.Outcome.Outcome.Verdict, new[] { Verdict.Avklar, Verdict.Vurderes, Verdict.Veiledning });
    }
}
