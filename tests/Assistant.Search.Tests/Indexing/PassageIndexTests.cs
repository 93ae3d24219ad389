using Assistant.Search.Analysis;
using Assistant.Search.Indexing;
using Assistant.TestSupport;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Assistant.Search.Tests.Indexing;

public class PassageIndexTests
{
    private static readonly Lazy<PassageIndex> Index = new(() => PassageIndex.Build(
        RepositoryKnowledge.Knowledge,
        AnalysisResourcesLoader.Load(RepositoryKnowledge.Root, RepositoryKnowledge.Knowledge.Glossary),
        SectionTerms.Load(RepositoryKnowledge.Root, RepositoryKnowledge.Knowledge),
        new SearchOptions()));

    [Theory]
    [InlineData(PassageFields.Body, "politi")]
    [InlineData(PassageFields.Body, "opplysningsplikt")]
    [InlineData(PassageFields.Heading, "bistand")]
    [InlineData(PassageFields.Context, "ambulans")]
    public void QueryFor_TermTheFieldHolds_ScoresAsLucenesBm25TermQuery(string field, string term)
    {
        var known = Index.Value.QueryFor(field, term);

        Assert.NotNull(known);
        var plain = Scores(new TermQuery(new Term(field, term)));
        Assert.NotEmpty(plain);
        Assert.Equal(plain, Scores(known));
    }

    [Fact]
    public void Search_RepeatedOnOneThread_ScoresAsLucenesBm25TermQueriesEveryTime()
    {
        string[] words = ["politi", "opplysning", "helsetjenest", "bistand", "pasient"];
        Assert.All(words, word => Assert.NotNull(Index.Value.QueryFor(PassageFields.Body, word)));
        var plain = Scores(Nested(words, (field, word) => new TermQuery(new Term(field, word))));

        for (var round = 0; round < 3; round++)
        {
            var collector = TopScoreDocCollector.Create(50, docsScoredInOrder: true);
            Index.Value.Search(Nested(words, (field, word) => Index.Value.QueryFor(field, word)), collector);

            Assert.Equal(plain, collector.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).ToArray());
        }
    }

    [Theory]
    [InlineData(PassageFields.Body, "parkeringsbot")]
    [InlineData(PassageFields.Surface, "politiet")]
    public void QueryFor_TermTheFieldDoesNotHold_IsNull(string field, string term)
    {
        Assert.Null(Index.Value.QueryFor(field, term));
    }

    /// <summary>A question's shape: per word, the best of three fields, each boosted differently.</summary>
    private static BooleanQuery Nested(string[] words, Func<string, string, Query?> termQuery)
    {
        var root = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            var perField = new DisjunctionMaxQuery(0.3f);
            foreach (var (field, boost) in new[] { (PassageFields.Heading, 1.5f), (PassageFields.Context, 0.8f), (PassageFields.Body, 1f) })
            {
                if (termQuery(field, word) is { } query)
                {
                    query.Boost = boost;
                    perField.Add(query);
                }
            }

            root.Add(perField, Occur.SHOULD);
        }

        return root;
    }

    /// <summary>Scores from a searcher of the same index with Lucene's own BM25 and the default settings.</summary>
    private static (int Doc, float Score)[] Scores(Query query)
    {
        var options = new SearchOptions();
        var lucene = new IndexSearcher(Index.Value.Searcher.IndexReader) { Similarity = new BM25Similarity(options.K1, options.B) };
        return lucene.Search(query, 50).ScoreDocs.Select(d => (d.Doc, d.Score)).ToArray();
    }
}
