using Assistant.Search.Baseline;
using Assistant.TestSupport;

namespace Assistant.Search.Tests.Baseline;

public class StockBaselineSearchTests
{
    [Fact]
    public void Search_OrdinaryQuestion_RanksPassagesOnePerSection()
    {
        using var baseline = new StockBaselineSearch(RepositoryKnowledge.Knowledge);

        var hits = baseline.Search("politiets bistand ved tvungent psykisk helsevern", 5).Hits;

        Assert.Equal(5, hits.Count);
        Assert.Equal(5, hits.Select(h => h.Passage.SectionRef).Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("våpen? AND (\"")]
    public void Search_AnyText_NeverThrows(string question)
    {
        using var baseline = new StockBaselineSearch(RepositoryKnowledge.Knowledge);

        Assert.True(Enum.IsDefined(baseline.Search(question).Outcome));
    }
}
