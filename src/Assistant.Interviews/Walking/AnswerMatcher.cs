using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Assistant.Interviews.Model;

namespace Assistant.Interviews.Walking;

/// <summary>
/// Reads a typed answer to a question: the option's number, "ja"/"nei" and their everyday
/// variants, "vet ikke" for the unsure option, the option's words or a part of them, with small
/// typos forgiven. Anything that fits no option, or more than one, is not an answer. The same
/// reading applies to any list of labels (e.g. the buttons a reply offered).
/// </summary>
public static class AnswerMatcher
{
    private static readonly FrozenSet<string> Yes = new[] { "ja", "j", "jo", "jepp", "japp", "jada", "yes", "y" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> No = new[] { "nei", "n", "nope", "neida", "no" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Unsure = new[] { "usikker", "vet ikke", "vet ikkje", "aner ikke", "kanskje", "vet ikke helt", "usikker vet ikke", "ikke sikker", "uvisst" }.ToFrozenSet(StringComparer.Ordinal);

    // A tree's labels are the same on every turn, so a question's are folded once, not per turn.
    private static readonly ConditionalWeakTable<QuestionNode, Labels> QuestionLabels = new();

    /// <summary>The index of the option <paramref name="text"/> picks, or null.</summary>
    public static int? Match(QuestionNode question, string text)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(text);
        var labels = QuestionLabels.GetValue(question, static q =>
        {
            var unsure = q.Options.Select((o, i) => o.Unsure ? i : (int?)null).FirstOrDefault(i => i is not null);
            return Labels.Of(q.Options.Select(o => o.Answer).ToArray(), unsure);
        });
        return Match(labels, text);
    }

    /// <summary>
    /// The index of the label <paramref name="text"/> picks, or null. <paramref name="unsure"/> is
    /// the index "vet ikke" and its variants pick, if any label stands for not knowing.
    /// </summary>
    public static int? Match(IReadOnlyList<string> labels, string text, int? unsure = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(text);
        return Match(Labels.Of(labels, unsure), text);
    }

    private static int? Match(Labels labels, string text)
    {
        var typed = TextFolding.Fold(text);
        var folded = labels.Folded;
        if (typed.Length == 0 || folded.Length == 0)
        {
            return null;
        }

        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= folded.Length ? number - 1 : null;
        }

        var exact = Single(folded, label => label == typed);
        if (exact is not null)
        {
            return exact;
        }

        if (labels.Unsure is not null && Unsure.Contains(typed))
        {
            return labels.Unsure;
        }

        // "ja"/"nei" pick the label that is or starts with that word.
        var words = typed.Split(' ');
        if (words.Length <= 3 && (Yes.Contains(words[0]) || No.Contains(words[0])))
        {
            var word = Yes.Contains(words[0]) ? "ja" : "nei";
            var byWord = Single(folded, label => label == word || label.StartsWith(word + " ", StringComparison.Ordinal));
            if (byWord is not null)
            {
                return byWord;
            }
        }

        // A part of a label's words, e.g. "bestemte personer" for "Ja, mot bestemte personer".
        if (typed.Length >= 4)
        {
            var part = Single(folded, label => $" {label} ".Contains($" {typed} ", StringComparison.Ordinal));
            if (part is not null)
            {
                return part;
            }
        }

        // Small typos: the closest label (or one of its '/'-separated alternatives) within reach.
        var best = labels.Variants
            .Select((variants, index) => (Index: index, Distance: variants.Min(variant => Distance(typed, variant))))
            .OrderBy(x => x.Distance)
            .ToArray();
        var allowed = typed.Length <= 4 ? 1 : 2;
        return best[0].Distance <= allowed && (best.Length == 1 || best[1].Distance > best[0].Distance) ? best[0].Index : null;
    }

    private static int? Single(string[] labels, Func<string, bool> predicate)
    {
        int? found = null;
        for (var i = 0; i < labels.Length; i++)
        {
            if (predicate(labels[i]))
            {
                if (found is not null)
                {
                    return null;
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>Levenshtein distance with an adjacent swap counted as one edit.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Labels folded for matching: each whole, and each with its '/'-separated alternatives for the typo pass.</summary>
    private sealed record Labels(string[] Folded, string[][] Variants, int? Unsure)
    {
        public static Labels Of(IReadOnlyList<string> labels, int? unsure)
        {
            var folded = labels.Select(TextFolding.Fold).ToArray();
            var variants = labels
                .Select((label, i) => label.Contains('/', StringComparison.Ordinal)
                    ? [.. label.Split('/').Select(TextFolding.Fold), folded[i]]
                    : new[] { folded[i] })
                .ToArray();
            return new Labels(folded, variants, unsure);
        }
    }
}
