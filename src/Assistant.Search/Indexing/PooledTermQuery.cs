using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Assistant.Search.Indexing;

/// <summary>How BM25 scores the terms of one field of an index that never changes.</summary>
internal sealed record FieldScoring(float K1, float[] LengthNorms);

/// <summary>
/// A term query that scores exactly as Lucene's <see cref="TermQuery"/> under
/// <see cref="PassageSimilarity"/> (BM25), for a field whose statistics never change. Lucene's own
/// term query opens a new term enumerator and a new postings reader, with their buffers, and builds
/// a BM25 weight with its own length table, for every term of every search; a question asks for
/// some fifty terms, so on this small index that garbage cost more than the scoring. This one reads
/// postings through the searching thread's <see cref="PostingsPool"/> and shares the field's table.
/// </summary>
internal sealed class PooledTermQuery(Term term, TermContext states, float idf, FieldScoring field, ThreadLocal<PostingsPool> pools) : Query
{
    public Term Term { get; } = term;

    public override Weight CreateWeight(IndexSearcher searcher) => new PooledTermWeight(this, states, idf, field, pools.Value!);

    public override void ExtractTerms(ISet<Term> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        terms.Add(Term);
    }

    public override string ToString(string field) =>
        (Term.Field == field ? Term.Text : Term.ToString()) + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is PooledTermQuery other && base.Equals(other) && Term.Equals(other.Term);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Term);

    /// <summary>Lucene's BM25 weight of one term: the same arithmetic, in the same order.</summary>
    private sealed class PooledTermWeight(PooledTermQuery query, TermContext states, float idf, FieldScoring field, PostingsPool pool) : Weight
    {
        private float _weight;

        public override Query Query => query;

        public override float GetValueForNormalization()
        {
            var queryWeight = idf * query.Boost;
            return queryWeight * queryWeight;
        }

        // BM25 ignores the query norm and keeps only the boosts of the queries around this one.
        public override void Normalize(float norm, float topLevelBoost) => _weight = idf * query.Boost * topLevelBoost;

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var state = states.Get(context.Ord);
            var docs = state is null ? null : pool.Docs(context, query.Term, state, acceptDocs);
            return docs is null
                ? null
                : new PooledTermScorer(this, docs, _weight * (field.K1 + 1), field.LengthNorms, context.AtomicReader.GetNormValues(query.Term.Field), field.K1);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer is null || scorer.Advance(doc) != doc)
            {
                return new Explanation(0f, "no matching term");
            }

            return new Explanation(scorer.GetScore(), $"weight({query}), freq {scorer.Freq}");
        }
    }

    private sealed class PooledTermScorer(Weight weight, DocsEnum docs, float weightValue, float[] lengthNorms, NumericDocValues? norms, float k1) : Scorer(weight)
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override float GetScore()
        {
            var freq = docs.Freq;
            var norm = norms is null ? k1 : lengthNorms[(byte)norms.Get(docs.DocID) & 0xFF];
            return weightValue * freq / (freq + norm);
        }

        public override long GetCost() => docs.GetCost();
    }
}
