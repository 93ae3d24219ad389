using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Assistant.Search.Indexing;

/// <summary>
/// One thread's term enumerators and postings readers, reused from one search to the next. A
/// search runs on one thread from start to end, so the readers handed out since the last
/// <see cref="Reset"/> all belong to the search in progress; <see cref="Reset"/> at the start of the
/// next search makes them available again.
/// </summary>
internal sealed class PostingsPool
{
    private readonly Dictionary<(int Leaf, string Field), FieldPostings> _fields = [];

    /// <summary>Makes every postings reader available again; call only when no search of this thread is in progress.</summary>
    public void Reset()
    {
        foreach (var postings in _fields.Values)
        {
            postings.HandedOut = 0;
        }
    }

    /// <summary>The postings of <paramref name="term"/> in one segment, positioned before its first document.</summary>
    public DocsEnum? Docs(AtomicReaderContext leaf, Term term, TermState state, IBits acceptDocs)
    {
        if (!_fields.TryGetValue((leaf.Ord, term.Field), out var postings))
        {
            postings = new FieldPostings(leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator());
            _fields[(leaf.Ord, term.Field)] = postings;
        }

        if (postings.Terms is null)
        {
            return null;
        }

        // Seeking by the saved state reads no term dictionary; the postings reader copies what it
        // needs, so the one enumerator serves every term of the field.
        postings.Terms.SeekExact(term.Bytes, state);
        var next = postings.HandedOut++;
        var readers = postings.Readers;
        var docs = postings.Terms.Docs(acceptDocs, next < readers.Count ? readers[next] : null, DocsFlags.FREQS);
        if (next < readers.Count)
        {
            readers[next] = docs;
        }
        else
        {
            readers.Add(docs);
        }

        return docs;
    }

    /// <summary>A field's enumerator, its readers, and how many of them the current search holds.</summary>
    private sealed class FieldPostings(TermsEnum? terms)
    {
        public TermsEnum? Terms { get; } = terms;

        public List<DocsEnum> Readers { get; } = [];

        public int HandedOut { get; set; }
    }
}
