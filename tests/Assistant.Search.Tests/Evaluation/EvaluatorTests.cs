using Assistant.Knowledge.Model;
using Assistant.Search.Evaluation;
using Assistant.TestSupport;
using Moq;

namespace Assistant.Search.Tests.Evaluation;

public class EvaluatorTests
{
    private static readonly Passage[] Passages = RepositoryKnowledge.Knowledge.Documents
        .Single(d => d.Key == "psykisk-helse").Sections.Where(s => s.Passages.Count > 0).Select(s => s.Passages[0]).ToArray();

    private static SearchResult Answer(params Passage[] ranked) =>
        new("q", SearchOutcome.Answered, ranked.Select((p, i) => new SearchHit(i + 1, p, 10 - i, p.Text)).ToArray(), []);

    private static SearchResult Declined() => new("q", SearchOutcome.NotCovered, [], ["emne"]);

    [Fact]
    public void Evaluate_RanksAndDeclines_GiveTheTextbookFigures()
    {
        var (a, b, c) = (Passages[0], Passages[1], Passages[2]);
        var search = new Mock<IPassageSearch>();
        search.Setup(s => s.Search("first", It.IsAny<int?>())).Returns(Answer(a, b, c));
        search.Setup(s => s.Search("third", It.IsAny<int?>())).Returns(Answer(b, c, a));
        search.Setup(s => s.Search("declined", It.IsAny<int?>())).Returns(Declined());
        search.Setup(s => s.Search("out-of-scope", It.IsAny<int?>())).Returns(Declined());
        search.Setup(s => s.Search("answered-anyway", It.IsAny<int?>())).Returns(Answer(a));
        GoldQuestion[] gold =
        [
            new("first", [a.SectionRef]),
            new("third", [a.SectionRef]),
            new("declined", [a.SectionRef]),
            new("out-of-scope", []),
            new("answered-anyway", []),
        ];

        var report = Evaluator.Evaluate("mock", search.Object, gold);

        Assert.Equal((3, 2), (report.Answerable, report.Unanswerable));
        Assert.Equal(1 / 3.0, report.RecallAt1, 6);
        Assert.Equal(2 / 3.0, report.RecallAt3, 6);
        Assert.Equal((1 + (1 / 3.0)) / 3, report.MrrAt10, 6);
        Assert.Equal((1 + (1 / Math.Log2(4))) / 3, report.NdcgAt10, 6);
        Assert.Equal(1, report.AnswerableDeclined);
        Assert.Equal(1, report.UnanswerableAnswered);
        Assert.Equal(0.5, report.NoAnswerPrecision, 6);
        Assert.Equal(0.5, report.UnanswerableAnsweredRate, 6);
        search.Verify(s => s.Search(It.IsAny<string>(), Evaluator.Depth), Times.Exactly(5));
    }

    [Fact]
    public void Evaluate_SeveralAcceptedSections_NdcgUsesTheIdealOrder()
    {
        var (a, b) = (Passages[0], Passages[1]);
        var search = new Mock<IPassageSearch>();
        search.Setup(s => s.Search(It.IsAny<string>(), It.IsAny<int?>())).Returns(Answer(b, Passages[3], a));

        var report = Evaluator.Evaluate("mock", search.Object, [new GoldQuestion("q", [a.SectionRef, b.SectionRef])]);

        var ideal = 1 + (1 / Math.Log2(3));
        Assert.Equal((1 + (1 / Math.Log2(4))) / ideal, report.NdcgAt10, 6);
        Assert.Equal(1.0, report.MrrAt10, 6);
    }
}
