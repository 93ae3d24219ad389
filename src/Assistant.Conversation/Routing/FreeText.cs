using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Assistant.Interviews.Walking;
using Assistant.Knowledge.Model;

namespace Assistant.Conversation.Routing;

/// <summary>How a text that is neither a command nor an answer is read during an interview.</summary>
internal static partial class FreeText
{
    private static readonly FrozenSet<string> QuestionWords = new[]
    {
        "hva", "hvordan", "hvem", "hvor", "hvilke", "hvilken", "hvilket", "hvis", "hvorfor", "nar", "kan", "ma", "skal", "bor",
        "er", "har", "gjelder", "trenger", "far", "finnes", "what", "how", "who", "when", "can", "may", "must", "is", "do", "does",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when the text reads as a question rather than a failed answer: it ends with '?', opens
    /// with a question word and has a few words, or is long.
    /// </summary>
    public static bool LooksLikeQuestion(string text)
    {
        var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (text.TrimEnd().EndsWith('?') || (words.Length >= 3 && QuestionWords.Contains(words[0])) || words.Length >= 8);
    }

    /// <summary>The glossary entry asked about in "hva betyr TUD?", "hva står PLIVO for", "hva er TO".</summary>
    public static GlossaryEntry? GlossaryQuestion(string text, Glossary glossary)
    {
        var match = GlossaryPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var term = match.Groups["term"].Value.Trim();
        return glossary.TryFind(term, out var entry) || glossary.TryFind(term.ToUpperInvariant(), out entry) ? entry : null;
    }

    [GeneratedRegex(@"^\s*hva\s+(?:betyr|står|star|er|menes\s+med|er\s+en|er\s+et)\s+[«""']?(?<term>[\p{L}\d][\p{L}\d\-]*(?:\s+[\p{L}\d\-]+){0,2}?)[»""']?(?:\s+for)?\s*\??\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GlossaryPattern();
}
