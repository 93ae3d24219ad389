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

    /// <summary>
    /// Every term of the searched fields with its place in the term dictionary, read once: a query
    /// then asks a field only for words it holds, and Lucene skips the dictionary lookup (and the
    /// term enumerator it allocates) that each term of each query would otherwise cost.
    /// </summary>
    private readonly FrozenDictionary<string, FrozenDictionary<string, TermContext>> _termContexts;

    /// <summary>How BM25 scores each field; the index never changes, so neither does this.</summary>
    private readonly FrozenDictionary<string, FieldScoring> _fieldScoring;

    private readonly PassageSimilarity _similarity;

    /// <summary>Each searching thread's postings readers, reused across its searches.</summary>
    private readonly ThreadLocal<PostingsPool> _pools = new(() => new PostingsPool());

    private PassageIndex(
        KnowledgeBase knowledge, RAMDirectory directory, Analyzer indexAnalyzer, PassageSimilarity similarity, FrozenSet<string>[] passageTerms, AnalyzedText[] passageTexts)
    {
        Knowledge = knowledge;
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(_reader) { Similarity = similarity };
        IndexAnalyzer = indexAnalyzer;
        PassageTerms = passageTerms;
        PassageTexts = passageTexts;
        _termContexts = ReadTermContexts(_reader);
        _textDocFreqs = TextDocFreqs(_termContexts);
        _similarity = similarity;
        _fieldScoring = _termContexts.Keys.ToFrozenDictionary(
            field => field,
            field => new FieldScoring(similarity.K1, similarity.LengthNorms(Searcher.CollectionStatistics(field))),
            StringComparer.Ordinal);
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

    public static PassageIndex Build(KnowledgeBase knowledge, AnalysisResources resources, SectionTerms sectionTerms, SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(sectionTerms);
        var analyzer = new NorwegianLegalAnalyzer(resources, AnalyzerMode.Index);
        var perField = new PerFieldAnalyzerWrapper(analyzer, new Dictionary<string, Analyzer>
        {
            [PassageFields.References] = new Lucene.Net.Analysis.Core.KeywordAnalyzer(),
            [PassageFields.Surface] = new SurfaceAnalyzer(),
        });
        var similarity = new PassageSimilarity(options.K1, options.B);
        var directory = new RAMDirectory();
        // No compound file: reading postings out of one would go through a buffered slice of it,
        // and every term of every search would allocate that slice a fresh buffer.
        var config = new IndexWriterConfig(LuceneSettings.Version, perField) { Similarity = similarity, OpenMode = OpenMode.CREATE, UseCompoundFile = false };
        config.MergePolicy.NoCFSRatio = 0;
        var terms = new FrozenSet<string>[knowledge.Passages.Count];
        var analyzedTexts = new AnalyzedText[knowledge.Passages.Count];
        // Heading, context and section terms are the same for every passage of a section: analysed once.
        var sectionWords = new Dictionary<SectionRef, string[]>();
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < knowledge.Passages.Count; i++)
            {
                var passage = knowledge.Passages[i];
                var context = string.Join(" ", passage.SectionPath.SkipLast(1).Prepend(passage.Citation.DocumentTitle));
                var userTerms = sectionTerms.TextOf(passage.SectionRef);
                var references = LegalReferenceExtractor.Extract(passage.Text, lenient: false).Distinct().ToArray();
                var document = new Document
                {
                    new StoredField(PassageFields.Ordinal, i),
                    new TextField(PassageFields.Heading, passage.Citation.Heading, Field.Store.NO),
                    new TextField(PassageFields.Context, context, Field.Store.NO),
                    new TextField(PassageFields.Body, passage.Text, Field.Store.NO),
                    new TextField(PassageFields.Terms, userTerms, Field.Store.NO),
                    new TextField(PassageFields.Surface, passage.Citation.Heading + "\n" + passage.Text + "\n" + userTerms, Field.Store.NO),
                };
                foreach (var key in references)
                {
                    document.Add(new StringField(PassageFields.References, key, Field.Store.NO));
                }

                writer.AddDocument(document);
                analyzedTexts[i] = AnalyzedText.Of(analyzer, passage.Text);
                if (!sectionWords.TryGetValue(passage.SectionRef, out var ofSection))
                {
                    ofSection = [.. Analyze(analyzer, passage.Citation.Heading), .. Analyze(analyzer, context), .. Analyze(analyzer, userTerms)];
                    sectionWords[passage.SectionRef] = ofSection;
                }

                terms[i] = ofSection
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

    /// <summary>
    /// A query for <paramref name="term"/> in <paramref name="field"/> (a text field or the references),
    /// or null when no passage holds it there: such a term matches nothing, and BM25 ignores the
    /// query norm it would change, so leaving it out changes no score.
    /// </summary>
    public Query? QueryFor(string field, string term) =>
        _termContexts.TryGetValue(field, out var terms) && terms.TryGetValue(term, out var context)
            ? new PooledTermQuery(new Term(field, term), context, Idf(context.DocFreq), _fieldScoring[field], _pools)
            : null;

    /// <summary>Runs <paramref name="query"/>, reusing the postings readers of this thread's earlier searches.</summary>
    public void Search(Query query, ICollector collector)
    {
        _pools.Value!.Reset();
        Searcher.Search(query, collector);
    }

    /// <summary>BM25's idf, as Lucene computes it: it weighs each term's score, and how much of a question a passage covers.</summary>
    public float Idf(int docFreq) => _similarity.TermIdf(docFreq, PassageCount);

    private static FrozenDictionary<string, FrozenDictionary<string, TermContext>> ReadTermContexts(DirectoryReader reader)
    {
        var byField = new Dictionary<string, FrozenDictionary<string, TermContext>>(StringComparer.Ordinal);
        foreach (var field in PassageFields.Text.Append(PassageFields.References))
        {
            var contexts = new Dictionary<string, TermContext>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                var termsEnum = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                while (termsEnum?.MoveNext() == true)
                {
                    var term = termsEnum.Term.Utf8ToString();
                    if (!contexts.TryGetValue(term, out var context))
                    {
                        // Tied to the reader the searcher uses; Lucene looks the term up again for any other.
                        context = new TermContext(reader.Context);
                        contexts[term] = context;
                    }

                    context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                }
            }

            byField[field] = contexts.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return byField.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, int> TextDocFreqs(FrozenDictionary<string, FrozenDictionary<string, TermContext>> termContexts)
    {
        var docFreqs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in PassageFields.Text)
        {
            foreach (var (term, context) in termContexts[field])
            {
                docFreqs[term] = Math.Max(docFreqs.GetValueOrDefault(term), context.DocFreq);
            }
        }

        return docFreqs.ToFrozenDictionary(StringComparer.Ordinal);
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
        _pools.Dispose();
        _reader.Dispose();
        _directory.Dispose();
    }
}
