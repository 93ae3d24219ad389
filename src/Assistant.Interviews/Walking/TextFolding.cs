using System.Globalization;
using System.Text;

namespace Assistant.Interviews.Walking;

/// <summary>
/// Folds typed text for comparison: lowercase, Norwegian letters and other diacritics to plain
/// letters, punctuation to spaces, whitespace collapsed. "Usikker / vet ikke!" and "usikker vet
/// ikke" fold alike, as do "Nei" and "nei.".
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c switch
            {
                'ø' => "o",
                'æ' => "ae",
                _ when char.IsLetterOrDigit(c) => null,
                _ => " ",
            };
            if (plain == " ")
            {
                if (!space)
                {
                    folded.Append(' ');
                    space = true;
                }

                continue;
            }

            folded.Append(plain ?? c.ToString());
            space = false;
        }

        return folded.ToString().TrimEnd();
    }
}
