using System.Collections.Frozen;
using Assistant.Knowledge.Model;
using Assistant.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Assistant.Search.Indexing;

/// <summary>
/// The in-memory index of every passage, built once at start-up and then read-only. In memory
/// because the corpus is small and because memory-mapped directories crash under concurrent search
/// in this Lucene.Net release (see the retrieval guide).
/// </summary>
internal sealed class PassageIndex : IDisposable
{
    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;

    /// <summary>Passage ordinal by Lucene document id, read once: loading a stored document per hit costs more than scoring it.</summary>
    private readonly int[] _ordinals;

    /// <summary>
    /// For every term of the text fields, the most passages any one of those fields holds it in:
    /// read once, because weighing a question's words would otherwise look each one up in three
    /// term dictionaries on every search.
    /// </summary>
    private readonly FrozenDictionary<string, int> _textDocFreqs;

    /// <summary>The terms of each text field, so a query asks a field only for words it holds.</summary>
    private readonly FrozenDictionary<string, FrozenSet<string>> _textFieldTerms;

    private PassageIndex(
        KnowledgeBase knowledge, RAMDirectory directory, Analyzer indexAnalyzer, Similarity similarity, FrozenSet<string>[] passageTerms, AnalyzedText[] passageTexts)
    {
        Knowledge = knowledge;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(_reader) { Similarity = similarity };
        IndexAnalyzer = indexAnalyzer;
        PassageTerms = passageTerms;
        PassageTexts = passageTexts;
        (_textDocFreqs, _textFieldTerms) = ReadTextTerms(_reader);
        _ordinals = Enumerable.Range(0, _reader.MaxDoc)
            .Select(docId => _reader.Document(docId).GetField(PassageFields.Ordinal).GetInt32Value() ?? -1)
            .ToArray();
    }

    public KnowledgeBase Knowledge { get; }

    public IndexSearcher Searcher { get; }

    public Analyzer IndexAnalyzer { get; }

    /// <summary>Per passage (by ordinal), every analysed term of its fields and its reference keys.</summary>
    public IReadOnlyList<FrozenSet<string>> PassageTerms { get; }

    /// <summary>Per passage (by ordinal), its text as the index analyzer tokenised it, with offsets.</summary>
    public IReadOnlyList<AnalyzedText> PassageTexts { get; }

    public int PassageCount => _reader.NumDocs;

    public static PassageIndex Build(KnowledgeBase knowledge, AnalysisResources resources, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var analyzer = new NorwegianLegalAnalyzer(resources, AnalyzerMode.Index);
        var perField = new PerFieldAnalyzerWrapper(analyzer, new Dictionary<string, Analyzer>
        {
            [PassageFields.References] = new Lucene.Net.Analysis.Core.KeywordAnalyzer(),
            [PassageFields.Surface] = new SurfaceAnalyzer(),
        });
        var similarity = new BM25Similarity(options.K1, options.B);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneSettings.Version, perField) { Similarity = similarity, OpenMode = OpenMode.CREATE };
        var terms = new FrozenSet<string>[knowledge.Passages.Count];
        var analyzedTexts = new AnalyzedText[knowledge.Passages.Count];
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < knowledge.Passages.Count; i++)
            {
                var passage = knowledge.Passages[i];
                var context = string.Join(" ", passage.SectionPath.SkipLast(1).Prepend(passage.Citation.DocumentTitle));
                var references = LegalReferenceExtractor.Extract(passage.Text, lenient: false).Distinct().ToArray();
                var document = new Document
                {
                    new StoredField(PassageFields.Ordinal, i),
                    new TextField(PassageFields.Heading, passage.Citation.Heading, Field.Store.NO),
                    new TextField(PassageFields.Context, context, Field.Store.NO),
                    new TextField(PassageFields.Body, passage.Text, Field.Store.NO),
                    new TextField(PassageFields.Surface, passage.Citation.Heading + "\n" + passage.Text, Field.Store.NO),
                };
                foreach (var key in references)
                {
                    document.Add(new StringField(PassageFields.References, key, Field.Store.NO));
                }

                writer.AddDocument(document);
                analyzedTexts[i] = AnalyzedText.Of(analyzer, passage.Text);
                terms[i] = Analyze(analyzer, passage.Citation.Heading)
                    .Concat(Analyze(analyzer, context))
                    .Concat(analyzedTexts[i].Terms)
                    .Concat(references)
                    .ToFrozenSet(StringComparer.Ordinal);
            }

            writer.Commit();
        }

        return new PassageIndex(knowledge, directory, analyzer, similarity, terms, analyzedTexts);
    }

    /// <summary>The passage stored in a Lucene document.</summary>
    public int OrdinalOf(int docId) => docId >= 0 && docId < _ordinals.Length ? _ordinals[docId] : -1;

    /// <summary>How many passages contain <paramref name="term"/> in the text field that holds it most often (0 when none does).</summary>
    public int TextDocFreq(string term) => _textDocFreqs.GetValueOrDefault(term);

    /// <summary>Whether any passage holds <paramref name="term"/> in the text field <paramref name="field"/>.</summary>
    public bool HasTerm(string field, string term) => _textFieldTerms.TryGetValue(field, out var terms) && terms.Contains(term);

    /// <summary>BM25's idf, used to weigh how much of a question a passage covers.</summary>
    public float Idf(int docFreq) => (float)Math.Log(1 + ((PassageCount - docFreq + 0.5) / (docFreq + 0.5)));

    private static (FrozenDictionary<string, int> DocFreqs, FrozenDictionary<string, FrozenSet<string>> FieldTerms) ReadTextTerms(IndexReader reader)
    {
        var docFreqs = new Dictionary<string, int>(StringComparer.Ordinal);
        var fieldTerms = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var field in PassageFields.Text)
        {
            var inField = new List<string>();
            var termsEnum = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            while (termsEnum?.MoveNext() == true)
            {
                var term = termsEnum.Term.Utf8ToString();
                inField.Add(term);
                docFreqs[term] = Math.Max(docFreqs.GetValueOrDefault(term), termsEnum.DocFreq);
            }

            fieldTerms[field] = inField.ToFrozenSet(StringComparer.Ordinal);
        }

        return (docFreqs.ToFrozenDictionary(StringComparer.Ordinal), fieldTerms.ToFrozenDictionary(StringComparer.Ordinal));
    }

    internal static IEnumerable<string> Analyze(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(PassageFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
