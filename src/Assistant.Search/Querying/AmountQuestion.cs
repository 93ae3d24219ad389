using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Search.Querying;

/// <summary>What kind of amount a question asks for, or (as flags) the kinds a text states.</summary>
[Flags]
internal enum AmountKind
{
    /// <summary>No amount.</summary>
    None = 0,

    /// <summary>"hvor mange", "how many": a number of something.</summary>
    Count = 1,

    /// <summary>"hvor lenge", "hvor lang tid", "hvor gammel", "how long": a number of a time unit.</summary>
    Duration = 2,

    /// <summary>"hva koster": a sum of money.</summary>
    Price = 4,
}

/// <summary>
/// The expected-answer-type check of question answering, for amounts: a question that asks how many,
/// how long or what something costs is answered only by a passage that states such an amount. The
/// sources name the subject of many questions they do not answer — every word of "hvor lenge kan en
/// pasient holdes på tvungen observasjon?" is in a passage on tvungen observasjon — but a passage
/// that gives no length of time cannot say how long.
/// </summary>
/// <remarks>
/// "hvor mye" and "hvor langt" are left out on purpose: "hvor mye kan jeg fortelle politiet?" and
/// "hvor langt går taushetsplikten?" ask about extent, which the sources answer in words.
/// </remarks>
internal static partial class AmountQuestion
{
    private const string NumberWords =
        "to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|"
        + "tjue|tretti|førti|femti|seksti|sytti|åtti|nitti|hundre|tusen";

    /// <summary>The kind of amount the question asks for, if any.</summary>
    public static AmountKind Asked(string question)
    {
        var match = AmountAsked().Match(question);
        if (!match.Success)
        {
            return AmountKind.None;
        }

        return match.Groups["count"].Success ? AmountKind.Count
            : match.Groups["price"].Success ? AmountKind.Price
            : AmountKind.Duration;
    }

    /// <summary>The kinds of amount the text states.</summary>
    public static AmountKind Stated(string text)
    {
        var kinds = AmountKind.None;
        if (Duration().IsMatch(text))
        {
            kinds |= AmountKind.Duration;
        }

        if (Price().IsMatch(text))
        {
            kinds |= AmountKind.Price;
        }

        if (NumberWordCount().IsMatch(text) || DigitCount().Matches(text).Any(m => !IsReference(text, m)))
        {
            kinds |= AmountKind.Count;
        }

        return kinds;
    }

    /// <summary>
    /// Whether a number in digits is a reference rather than an amount: a section ("§ 31", "§§ 23 nr. 4
    /// og 31", "kapittel 5"), a page ("s. 89"), a phone number ("nødnummer 113") or a year.
    /// </summary>
    private static bool IsReference(string text, Match number)
    {
        var digits = number.Groups["n"].Value;
        if (digits is [('1' or '2'), _, _, _] && int.Parse(digits, CultureInfo.InvariantCulture) is >= 1900 and <= 2099)
        {
            return true;
        }

        var start = number.Groups["n"].Index;
        return ReferenceBefore().IsMatch(text.AsSpan(0, start));
    }

    [GeneratedRegex(@"\b((?<count>hvor\s+mange|how\s+many)|(?<price>hva\s+koster|what\s+does\s+\w+(\s+\w+)?\s+cost)|hvor\s+lenge|hvor\s+lang\b|hvor\s+gammel|how\s+long|how\s+old)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountAsked();

    /// <summary>"24 timer", "inntil tre døgn", "ett år", "18 år".</summary>
    [GeneratedRegex(@"\b(\d+|en|et|ett|én|" + NumberWords + @")\s+(sekund|sekunder|minutt|minutter|time|timer|døgn|dag|dager|uke|uker|måned|måneder|år)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(kr|kroner|NOK)\b|\b\d+\s*(kr|kroner|millioner|milliarder)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Price();

    /// <summary>"inntil tre kommuner", "fem nye".</summary>
    [GeneratedRegex(@"\b(" + NumberWords + @")\s+\p{L}{3,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWordCount();

    /// <summary>"528 bilambulanser", "50 nye": digits, not part of a longer number or a section ("3-6", "1.4"), followed by a word.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,/–-])(?<n>\d+)\s+(?!(og|eller|til|jf|nr|ledd|annet|første)\b)\p{Ll}{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex DigitCount();

    [GeneratedRegex(@"(§§?|\b(kapittel|kap\.|punkt|pkt\.|nr\.?|nummer|nødnummer|s\.|side)|§[^§\n]{0,25}\b(og|eller))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex ReferenceBefore();
}
