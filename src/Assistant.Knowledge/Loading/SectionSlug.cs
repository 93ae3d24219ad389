using System.Globalization;
using System.Text;

namespace Assistant.Knowledge.Loading;

/// <summary>Turns a section label into the path segment of a passage id ("Om politiet" → "om-politiet").</summary>
internal static class SectionSlug
{
    public static string From(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var builder = new StringBuilder(label.Length);
        foreach (var c in label.ToLowerInvariant())
        {
            var mapped = c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'å' => "a",
                _ when char.IsAsciiLetterOrDigit(c) || c == '.' => c.ToString(CultureInfo.InvariantCulture),
                _ => "-",
            };
            builder.Append(mapped);
        }

        var slug = builder.ToString();
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }

        return slug.Trim('-');
    }
}
