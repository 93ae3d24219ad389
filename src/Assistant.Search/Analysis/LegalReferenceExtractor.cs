using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Assistant.Search.Analysis;

/// <summary>
/// Recognises references to statutes in any of the spellings users and the circulars use, and
/// turns each into canonical keys, so that "hpl 23 nr 4", "hpl. § 23 nr. 4" and
/// "helsepersonelloven § 23 nr. 4" all yield <c>hpl:23:4</c> and <c>hpl:23</c>, and "phvl 3-6"
/// finds the circular's "psykisk helsevernloven § 3-6". A bare "§ 31" yields <c>§:31</c>.
/// </summary>
public static partial class LegalReferenceExtractor
{
    /// <summary>Law names and abbreviations (lowercase) to a canonical code.</summary>
    private static readonly FrozenDictionary<string, string> Laws = new Dictionary<string, string>
    {
        ["helsepersonelloven"] = "hpl", ["hpl"] = "hpl", ["hlspl"] = "hpl",
        ["psykisk helsevernloven"] = "phvl", ["helsevernloven"] = "phvl", ["phvl"] = "phvl", ["phlv"] = "phvl",
        ["psykisk helsevernforskriften"] = "phvf", ["helsevernforskriften"] = "phvf",
        ["politiloven"] = "pl", ["pl"] = "pl", ["poll"] = "pl",
        ["politiregisterloven"] = "prl", ["prl"] = "prl", ["polregl"] = "prl", ["politiregisterforskriften"] = "prf",
        ["pasient- og brukerrettighetsloven"] = "pbrl", ["pasientrettighetsloven"] = "pbrl", ["pbrl"] = "pbrl", ["pasrl"] = "pbrl", ["pbl"] = "pbrl",
        ["straffeloven"] = "strl", ["strl"] = "strl", ["straffeprosessloven"] = "strpl", ["strpl"] = "strpl",
        ["barnevernsloven"] = "bvl", ["barnevernloven"] = "bvl", ["bvl"] = "bvl",
        ["helse- og omsorgstjenesteloven"] = "hol", ["hol"] = "hol", ["hotjl"] = "hol",
        ["spesialisthelsetjenesteloven"] = "sphl", ["sphl"] = "sphl",
        ["forvaltningsloven"] = "fvl", ["fvl"] = "fvl",
        ["vegtrafikkloven"] = "vtl", ["vtl"] = "vtl",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key prefix of a reference whose statute is not named.</summary>
    public const string AnyLaw = "§";

    /// <summary>
    /// Extracts the keys of every reference in <paramref name="text"/>. With <paramref name="lenient"/>
    /// (user questions) a law name followed by a number counts even without "§".
    /// </summary>
    public static IReadOnlyList<string> Extract(string text, bool lenient)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new List<string>();
        string? lastLaw = null;
        var lastLawEnd = -1;
        foreach (Match match in Reference().Matches(text))
        {
            var lawGroup = match.Groups["law"];
            var hasParagraph = match.Groups["para"].Success;
            if (!lawGroup.Success && !hasParagraph)
            {
                continue;
            }

            if (lawGroup.Success && !hasParagraph && !lenient)
            {
                // "helsepersonelloven 2" is not a reference in running text; remember the law for what follows.
                lastLaw = Laws[Normalize(lawGroup.Value)];
                lastLawEnd = lawGroup.Index + lawGroup.Length;
                continue;
            }

            string? law;
            if (lawGroup.Success)
            {
                law = Laws[Normalize(lawGroup.Value)];
                lastLaw = law;
                lastLawEnd = match.Index + match.Length;
            }
            else
            {
                // "§ 3-1, jf. § 3-2" after "psykisk helsevernloven" in the same sentence belongs to it.
                law = lastLaw is not null && match.Index - lastLawEnd < 120 ? lastLaw : null;
            }

            Add(keys, law, match.Groups["sec"].Value, match.Groups["nr"]);
            var end = match.Index + match.Length;
            for (var next = Chained().Match(text, end); next.Success; next = Chained().Match(text, end))
            {
                Add(keys, law, next.Groups["sec"].Value, next.Groups["nr"]);
                end = next.Index + next.Length;
                if (law is not null)
                {
                    lastLawEnd = end;
                }
            }
        }

        return keys;
    }

    private static void Add(List<string> keys, string? law, string section, Group number)
    {
        section = WhiteSpace().Replace(section, "").ToLowerInvariant();
        keys.Add($"{AnyLaw}:{section}");
        if (law is not null)
        {
            keys.Add($"{law}:{section}");
        }

        if (number.Success)
        {
            keys.Add($"{AnyLaw}:{section}:{number.Value}");
            if (law is not null)
            {
                keys.Add($"{law}:{section}:{number.Value}");
            }
        }
    }

    /// <summary>One spelling per law: whitespace folded, and "-lova"/"-lovens" read as "-loven".</summary>
    private static string Normalize(string law)
    {
        var name = WhiteSpace().Replace(law.Trim(), " ").TrimEnd('.');
        return name.EndsWith("lovens", StringComparison.OrdinalIgnoreCase) ? name[..^1]
            : name.EndsWith("lova", StringComparison.OrdinalIgnoreCase) ? name[..^1] + "en"
            : name;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:(?<law>psykisk\s+helsevern(?:loven|lova|forskriften)|pasient-\s+og\s+brukerrettighetsloven|helse-\s+og\s+omsorgstjenesteloven|(?:helsepersonel|helsevern|politiregister|pasientrettighets|straffeprosess|straffe|barneverns?|spesialisthelsetjeneste|forvaltnings|vegtrafikk)(?:loven|lova|lovens)|helsevernforskriften|politiregisterforskriften|politilov(?:en|a|ens)|hpl|hlspl|phvl|phlv|pl|poll|prl|polregl|pbrl|pasrl|pbl|strl|strpl|bvl|hol|hotjl|sphl|fvl|vtl)\.?\s*)?(?<para>§§?|paragraf(?:ene|en)?)?\s*(?<sec>\d{1,3}(?:\s?-\s?\d{1,3})?[a-f]?)(?![\d])(?:\s*(?:første|annet|andre|tredje|fjerde|femte)\s+ledd)?(?:\s*,?\s*(?:nr|bokstav)\.?\s*(?<nr>\d{1,2}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(
        @"\G\s*(?:,|og|eller)\s*(?:§\s*)?(?<sec>\d{1,3}(?:\s?-\s?\d{1,3})?[a-f]?)(?![\d])(?:\s*(?:første|annet|andre|tredje|fjerde|femte)\s+ledd)?(?:\s*,?\s*(?:nr|bokstav)\.?\s*(?<nr>\d{1,2}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chained();
}
