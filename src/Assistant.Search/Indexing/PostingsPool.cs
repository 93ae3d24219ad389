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
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _termsEnums = [];
    private readonly Dictionary<(int Leaf, string Field), List<DocsEnum>> _docs = [];
    private readonly Dictionary<(int Leaf, string Field), int> _handedOut = [];

    /// <summary>Makes every postings reader available again; call only when no search of this thread is in progress.</summary>
    public void Reset() => _handedOut.Clear();

    /// <summary>The postings of <paramref name="term"/> in one segment, positioned before its first document.</summary>
    public DocsEnum? Docs(AtomicReaderContext leaf, Term term, TermState state, IBits acceptDocs)
    {
        var key = (leaf.Ord, term.Field);
        if (!_termsEnums.TryGetValue(key, out var termsEnum))
        {
            termsEnum = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            _termsEnums[key] = termsEnum;
        }

        if (termsEnum is null)
        {
            return null;
        }

        // Seeking by the saved state reads no term dictionary; the postings reader copies what it
        // needs, so the one enumerator serves every term of the field.
        termsEnum.SeekExact(term.Bytes, state);
        if (!_docs.TryGetValue(key, out var readers))
        {
            readers = [];
            _docs[key] = readers;
        }

        var next = _handedOut.GetValueOrDefault(key);
        _handedOut[key] = next + 1;
        var docs = termsEnum.Docs(acceptDocs, next < readers.Count ? readers[next] : null, DocsFlags.FREQS);
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
}
