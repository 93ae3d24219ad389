using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Conversation.Privacy;

/// <summary>
/// Finds national identity numbers, D-numbers, phone numbers and e-mail addresses in what a user
/// types, so that the turn can warn, answer without them, and keep them out of state, logs and
/// transcripts. It runs before anything else in the conversation layer touches the text.
/// </summary>
public static partial class PersonalDataGuard
{
    private static readonly int[] FirstControlWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondControlWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    public static IReadOnlyList<PersonalDataFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<PersonalDataFinding>();
        foreach (Match match in ElevenDigits().Matches(text))
        {
            var digits = new string(match.Value.Where(char.IsAsciiDigit).ToArray());
            if (ClassifyIdentityNumber(digits) is PersonalDataKind kind)
            {
                findings.Add(new PersonalDataFinding(kind, match.Index, match.Length));
            }
        }

        foreach (Match match in Email().Matches(text))
        {
            findings.Add(new PersonalDataFinding(PersonalDataKind.EmailAddress, match.Index, match.Length));
        }

        foreach (Match match in Phone().Matches(text))
        {
            if (!findings.Any(f => Overlaps(f, match.Index, match.Length)))
            {
                findings.Add(new PersonalDataFinding(PersonalDataKind.PhoneNumber, match.Index, match.Length));
            }
        }

        return findings.OrderBy(f => f.Start).ToArray();
    }

    /// <summary>Replaces every finding with a placeholder naming its kind.</summary>
    public static ScreenedText Screen(string text)
    {
        var findings = Find(text);
        if (findings.Count == 0)
        {
            return new ScreenedText(text, []);
        }

        var screened = new StringBuilder(text.Length);
        var position = 0;
        foreach (var finding in findings)
        {
            if (finding.Start < position)
            {
                continue;
            }

            screened.Append(text, position, finding.Start - position).Append(Placeholder(finding.Kind));
            position = finding.Start + finding.Length;
        }

        screened.Append(text, position, text.Length - position);
        return new ScreenedText(screened.ToString(), findings.Select(f => f.Kind).Distinct().ToArray());
    }

    /// <summary>The bokmål name of a kind, for warnings.</summary>
    public static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.NationalIdentityNumber => "fødselsnummer",
        PersonalDataKind.DNumber => "D-nummer",
        PersonalDataKind.PhoneNumber => "telefonnummer",
        _ => "e-postadresse",
    };

    private static string Placeholder(PersonalDataKind kind) => $"[{Describe(kind)}]";

    /// <summary>
    /// Checks the two mod-11 control digits of an 11-digit number and a plausible birth date; a
    /// first digit of 4–7 marks a D-number (day + 40).
    /// </summary>
    internal static PersonalDataKind? ClassifyIdentityNumber(string digits)
    {
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var d = digits.Select(c => c - '0').ToArray();
        if (Control(d, FirstControlWeights) != d[9] || Control(d, SecondControlWeights) != d[10])
        {
            return null;
        }

        var day = (d[0] * 10) + d[1];
        var month = (d[2] * 10) + d[3];
        var isDNumber = day > 40;
        if (isDNumber)
        {
            day -= 40;
        }

        // Synthetic test numbers add 40 or 80 to the month; accept them too, they are still numbers to keep out.
        month %= 40;
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return null;
        }

        return isDNumber ? PersonalDataKind.DNumber : PersonalDataKind.NationalIdentityNumber;
    }

    private static int Control(int[] digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += digits[i] * weights[i];
        }

        var control = 11 - (sum % 11);
        return control switch
        {
            11 => 0,
            10 => -1, // no valid control digit: never matches a digit
            _ => control,
        };
    }

    private static bool Overlaps(PersonalDataFinding finding, int start, int length) =>
        start < finding.Start + finding.Length && finding.Start < start + length;

    // Eleven digits, possibly written 6+5 with a space or dot ("010190 12345").
    [GeneratedRegex(@"(?<!\d)\d{6}[ .]?\d{5}(?!\d)")]
    private static partial Regex ElevenDigits();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // Norwegian numbers: eight digits starting 2–9, optionally +47/0047, grouped 2-2-2-2, 3-2-3 or 4-4.
    [GeneratedRegex(@"(?<![\d+])(?:(?:\+|00)47[ ]?)?[2-9]\d(?:[ ]?\d){6}(?!\d)")]
    private static partial Regex Phone();
}
