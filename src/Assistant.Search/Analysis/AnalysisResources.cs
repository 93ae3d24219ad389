using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;

namespace Assistant.Search.Analysis;

/// <summary>
/// The word lists the Norwegian chain needs, built once from <c>knowledge/</c> and then read-only:
/// Lucene's own structures, ready to share between threads.
/// </summary>
/// <param name="CaseSensitiveAbbreviations">TO, PO, LA …: matched before lowercasing, so "to" is not TO.</param>
/// <param name="Expansions">Other abbreviations and colloquial phrases, matched after lowercasing.</param>
/// <param name="StopWords">Words too common to search for.</param>
/// <param name="CompoundParts">Parts of the domain's compounds, for decompounding.</param>
/// <param name="StemOverrides">Forms the Snowball stemmer gets wrong, with the stem to use.</param>
/// <param name="QuestionWords">Words of a question's phrasing ("egentlig", "lurer"), not of its subject.</param>
/// <param name="CommonWords">Everyday words ("mann", "natt", "sa") that say nothing of whether the sources cover a question.</param>
internal sealed record AnalysisResources(
    SynonymMap? CaseSensitiveAbbreviations,
    SynonymMap? Expansions,
    CharArraySet StopWords,
    CharArraySet CompoundParts,
    StemmerOverrideFilter.StemmerOverrideMap StemOverrides,
    IReadOnlySet<string> QuestionWords,
    IReadOnlySet<string> CommonWords);
