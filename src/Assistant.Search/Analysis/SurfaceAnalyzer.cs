using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Assistant.Search.Analysis;

/// <summary>
/// Words as written, only lowercased: the vocabulary a misspelt question word is corrected
/// against, before the correction is stemmed like any other word. Correcting the surface form
/// ("pasinet" → "pasient") is far more reliable than correcting a stem ("pasin").
/// </summary>
internal sealed class SurfaceAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneSettings.Version, reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LuceneSettings.Version, tokenizer));
    }
}
