using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Assistant.Search.Indexing;

/// <summary>
/// Lucene's BM25, scoring exactly as <see cref="BM25Similarity"/> does. It adds what
/// <see cref="PooledTermQuery"/> needs to score without Lucene's per-term weight object, which
/// formats an explanation of the idf and fills a 256-entry length table for every word of every
/// search, though the table depends only on the field.
/// </summary>
internal sealed class PassageSimilarity(float k1, float b) : BM25Similarity(k1, b)
{
    /// <summary>BM25's idf of a term held by <paramref name="docFreq"/> of <paramref name="maxDoc"/> documents.</summary>
    public float TermIdf(long docFreq, long maxDoc) => Idf(docFreq, maxDoc);

    /// <summary>
    /// Per encoded field length, the part of BM25's denominator that length contributes:
    /// k1 · ((1 − b) + b · length / average length), as Lucene's BM25 computes it.
    /// </summary>
    public float[] LengthNorms(CollectionStatistics collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        var averageLength = AvgFieldLength(collection);
        var norms = new float[256];
        for (var i = 0; i < norms.Length; i++)
        {
            norms[i] = K1 * ((1 - B) + (B * DecodeNormValue((byte)i) / averageLength));
        }

        return norms;
    }
}
