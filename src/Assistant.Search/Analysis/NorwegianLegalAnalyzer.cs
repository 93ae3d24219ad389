using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Assistant.Search.Analysis;

/// <summary>
/// The analysis chain for the circulars and for the questions asked about them. Both sides share
/// it, so a word is reduced the same way wherever it stands; only questions get expansions.
/// </summary>
internal sealed class NorwegianLegalAnalyzer(AnalysisResources resources, AnalyzerMode mode) : Analyzer
{
    /// <summary>Subwords shorter than this are not split off ("lov" in "lovverk" would be noise).</summary>
    private const int MinSubwordSize = 4;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream stream = tokenizer;

        // Before lowercasing: TO (tvungen observasjon) must not meet "to" (two).
        if (mode == AnalyzerMode.Query && resources.CaseSensitiveAbbreviations is not null)
        {
            stream = new SynonymFilter(stream, resources.CaseSensitiveAbbreviations, ignoreCase: false);
        }

        stream = new LowerCaseFilter(LuceneSettings.Version, stream);

        // Before the stop filter, which would take "si" and "fra" out of "si fra".
        if (mode == AnalyzerMode.Query && resources.Expansions is not null)
        {
            stream = new SynonymFilter(stream, resources.Expansions, ignoreCase: true);
        }

        stream = new StopFilter(LuceneSettings.Version, stream, resources.StopWords);
        stream = new DictionaryCompoundWordTokenFilter(
            LuceneSettings.Version,
            stream,
            resources.CompoundParts,
            CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE,
            MinSubwordSize,
            CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE,
            onlyLongestMatch: true);

        // Overrides mark their output as keywords, which the stemmer then leaves alone.
        stream = new StemmerOverrideFilter(stream, resources.StemOverrides);
        stream = new SnowballFilter(stream, new NorwegianStemmer());
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
