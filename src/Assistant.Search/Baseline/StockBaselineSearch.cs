using Assistant.Knowledge.Model;
using Lucene.Net.Analysis.No;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Assistant.Search.Baseline;

/// <summary>
/// The yardstick: the same passages searched the way Lucene does out of the box — the stock
/// <see cref="NorwegianAnalyzer"/>, the default similarity, the classic query parser over heading
/// and body, and no "not covered" judgement. The evaluation reports it beside the assistant.
/// </summary>
public sealed class StockBaselineSearch : IPassageSearch, IDisposable
{
    private static readonly string[] Fields = ["heading", "body"];

    private readonly KnowledgeBase _knowledge;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly NorwegianAnalyzer _analyzer = new(LuceneSettings.Version);

    public StockBaselineSearch(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneSettings.Version, _analyzer)))
        {
            for (var i = 0; i < knowledge.Passages.Count; i++)
            {
                var passage = knowledge.Passages[i];
                writer.AddDocument(new Document
                {
                    new StoredField("ordinal", i),
                    new TextField("heading", passage.Citation.Heading, Field.Store.NO),
                    new TextField("body", passage.Text, Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public SearchResult Search(string question, int? top = null)
    {
        question ??= "";
        var count = Math.Clamp(top ?? 3, 1, 50);

        // Every field needs a boost entry: this release's parser throws for a missing one.
        var parser = new MultiFieldQueryParser(LuceneSettings.Version, Fields, _analyzer, Fields.ToDictionary(f => f, _ => 1f));
        Query query;
        try
        {
            query = parser.Parse(QueryParserBase.Escape(question));
        }
        catch (ParseException)
        {
            return new SearchResult(question, SearchOutcome.Empty, [], []);
        }

        var seen = new HashSet<SectionRef>();
        var hits = new List<SearchHit>();
        foreach (var scoreDoc in _searcher.Search(query, 60).ScoreDocs)
        {
            var passage = _knowledge.Passages[_reader.Document(scoreDoc.Doc).GetField("ordinal").GetInt32Value() ?? 0];
            if (seen.Add(passage.SectionRef) && hits.Count < count)
            {
                hits.Add(new SearchHit(hits.Count + 1, passage, scoreDoc.Score, passage.Text));
            }
        }

        return new SearchResult(question, hits.Count > 0 ? SearchOutcome.Answered : SearchOutcome.NotCovered, hits, []);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
