using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Knowledge.Loading;

/// <summary>
/// Reads the small Markdown dialect of <c>knowledge/sources/*.md</c> (see <c>knowledge/README.md</c>):
/// front matter, numbered or unnumbered headings, one-line paragraphs, bullets and footnotes.
/// </summary>
internal static partial class SourceMarkdownParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static ParsedSource Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.ReplaceLineEndings("\n");
        var match = FrontMatterPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException("A source file must start with YAML front matter between '---' lines.");
        }

        var frontMatter = Yaml.Deserialize<SourceFrontMatter>(match.Groups["yaml"].Value)
            ?? throw new FormatException("The front matter is empty.");
        var blocks = text[match.Length..]
            .Split('\n')
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(ParseLine)
            .ToArray();
        return new ParsedSource(frontMatter, blocks);
    }

    /// <summary>The text of a block as a reader sees it: footnote markers <c>[^1]</c> read <c>[1]</c>.</summary>
    public static string ShowFootnoteMarkers(string text) => FootnoteReference().Replace(text, "[$1]");

    private static SourceBlock ParseLine(string line)
    {
        var heading = HeadingPattern().Match(line);
        if (heading.Success)
        {
            var level = heading.Groups["hashes"].Length;
            var number = heading.Groups["number"].Value;

            // A number is the section's own only when its depth matches the heading level, so
            // "## 20 nye tjenestesteder" is a title that starts with a number, not section 20.
            return number.Length > 0 && number.Split('.').Length == level
                ? new HeadingBlock(level, number, heading.Groups["title"].Value.Trim())
                : new HeadingBlock(level, null, heading.Groups["text"].Value.Trim());
        }

        var footnote = FootnoteDefinition().Match(line);
        if (footnote.Success)
        {
            return new FootnoteBlock(footnote.Groups["label"].Value, ShowFootnoteMarkers(footnote.Groups["text"].Value.Trim()));
        }

        var item = ListItemPattern().Match(line);
        if (item.Success)
        {
            var indent = item.Groups["indent"].Length >= 2 ? 1 : 0;
            return new ListItemBlock(indent, ShowFootnoteMarkers(item.Groups["text"].Value.Trim()));
        }

        return new ParagraphBlock(ShowFootnoteMarkers(line.Trim()));
    }

    [GeneratedRegex(@"\A---\n(?<yaml>.*?)\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatterPattern();

    [GeneratedRegex(@"^(?<hashes>#{1,6})\s+(?<text>(?:(?<number>\d+(?:\.\d+)*)\s+(?=\D))?(?<title>.+))$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^\[\^(?<label>\d+)\]:\s*(?<text>.*)$")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"^(?<indent>\s*)[-*]\s+(?<text>.+)$")]
    private static partial Regex ListItemPattern();

    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex FootnoteReference();
}
