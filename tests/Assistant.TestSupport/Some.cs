using System.Globalization;
using System.Text;

namespace Assistant.TestSupport;

/// <summary>Value makers for tests: small, valid inputs built in one place.</summary>
public static class Some
{
    /// <summary>A cleaned source file in the knowledge format, with the given body.</summary>
    public static string SourceMarkdown(string body, string key = "test-doc", string title = "Testdokument", IEnumerable<string>? noise = null)
    {
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"key: {key}")
            .AppendLine(CultureInfo.InvariantCulture, $"title: {title}")
            .AppendLine("issuer: Testdirektoratet")
            .AppendLine("date: \"2024\"")
            .AppendLine("source: test.txt");
        var patterns = noise?.ToArray() ?? [];
        if (patterns.Length > 0)
        {
            text.AppendLine("noise:");
            foreach (var pattern in patterns)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  - '{pattern}'");
            }
        }

        return text.AppendLine("---").AppendLine().Append(body).ToString();
    }

    /// <summary>A paragraph of <paramref name="words"/> distinct words.</summary>
    public static string Paragraph(int words, string stem = "ord") =>
        string.Join(' ', Enumerable.Range(1, words).Select(i => string.Create(CultureInfo.InvariantCulture, $"{stem}{i}"))) + ".";
}
