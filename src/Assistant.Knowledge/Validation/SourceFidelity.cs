using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Assistant.Knowledge.Loading;

namespace Assistant.Knowledge.Validation;

/// <summary>
/// Proves that a cleaned source is the raw document's own wording, both ways: nothing invented or
/// altered (every cleaned sentence is in the raw file) and nothing silently dropped (every raw line
/// that is not declared noise is in the cleaned file). Both sides are compared as a skeleton
/// without whitespace, hyphens, bullet glyphs and Markdown markup, so re-joined line breaks and
/// list markup do not count as changes while every letter, digit and punctuation mark does.
/// </summary>
public static partial class SourceFidelity
{
    public static FidelityReport Check(string cleanedMarkdown, string rawText)
    {
        ArgumentNullException.ThrowIfNull(cleanedMarkdown);
        ArgumentNullException.ThrowIfNull(rawText);
        var source = SourceMarkdownParser.Parse(cleanedMarkdown);
        var raw = RemoveNoise(rawText, source.FrontMatter.Noise);
        var rawSkeleton = Skeleton(raw);

        var notInRaw = new List<string>();
        var cleanedParts = new List<string>();
        var headingVariants = new List<string>();
        foreach (var block in source.Blocks)
        {
            IEnumerable<string> units;
            if (block is HeadingBlock heading)
            {
                // Two-column layouts print the number after the title ("Bakgrunn 1.1").
                cleanedParts.Add(heading.Number + heading.Title);
                if (heading.Number is not null)
                {
                    headingVariants.Add(Skeleton(heading.Title + heading.Number));
                }

                units = [heading.Title];
            }
            else
            {
                var text = block is FootnoteBlock note ? $"{note.Label} {note.Text}" : block.Text;
                text = ShownFootnoteMarker().Replace(text, "");
                cleanedParts.Add(text);
                units = SentenceBoundary().Split(text);
            }

            notInRaw.AddRange(units.Where(u => Skeleton(u).Length > 0 && !rawSkeleton.Contains(Skeleton(u), StringComparison.Ordinal)));
        }

        var cleanedSkeleton = Skeleton(string.Join('\n', cleanedParts));
        var missing = raw.Split('\n')
            .Where(line =>
            {
                var skeleton = Skeleton(line);
                return skeleton.Length > 0
                    && !cleanedSkeleton.Contains(skeleton, StringComparison.Ordinal)
                    && !headingVariants.Any(v => v.Contains(skeleton, StringComparison.Ordinal));
            })
            .Select(line => line.Trim())
            .ToArray();
        return new FidelityReport(notInRaw, missing);
    }

    /// <summary>Applies the declared noise patterns, and drops the PDF export's "o " sub-bullet glyph.</summary>
    internal static string RemoveNoise(string rawText, IEnumerable<string> noise)
    {
        var raw = rawText.ReplaceLineEndings("\n").Normalize(NormalizationForm.FormC);
        foreach (var pattern in noise)
        {
            raw = Regex.Replace(raw, pattern, "", RegexOptions.Multiline, TimeSpan.FromSeconds(5));
        }

        return SubBulletGlyph().Replace(raw, "");
    }

    internal static string Skeleton(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c) && !IsLayoutGlyph(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Hyphens (a word broken across lines), soft hyphens, and the bullet glyphs of the PDF exports.
    private static bool IsLayoutGlyph(char c) => c is '-' or '\u00AD' or '\u2022' or '\u25AA' or '\uF0B7' or '\uF0A7' or '\u00B7'
        || char.GetUnicodeCategory(c) == UnicodeCategory.Format;

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-ZÆØÅ«""(§0-9])")]
    private static partial Regex SentenceBoundary();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex ShownFootnoteMarker();

    [GeneratedRegex(@"^[ \t]*o[ \t]+(?=\S)", RegexOptions.Multiline)]
    private static partial Regex SubBulletGlyph();
}
