using Assistant.Knowledge.Model;

namespace Assistant.Knowledge.Loading;

/// <summary>
/// Turns a parsed source into sections and passages. A passage is one to a few paragraphs of a
/// single section, so that a hit is short enough to quote yet long enough to stand alone.
/// </summary>
internal static class DocumentBuilder
{
    /// <summary>A passage keeps taking blocks until it has at least this many words…</summary>
    internal const int TargetWords = 80;

    /// <summary>…unless the next block would take it past this many.</summary>
    internal const int MaxWords = 250;

    public static SourceDocument Build(ParsedSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var meta = source.FrontMatter;
        var sections = new List<Section>();
        var path = new List<(int Depth, string Text)>();
        var current = new PendingSection(null, meta.Title, 0, [meta.Title]);

        foreach (var block in source.Blocks)
        {
            if (block is HeadingBlock heading)
            {
                var depth = heading.Level;
                path.RemoveAll(p => p.Depth >= depth);
                path.Add((depth, heading.Number is null ? heading.Title : $"{heading.Number} {heading.Title}"));
                var next = new PendingSection(heading.Number, heading.Title, depth, path.Select(p => p.Text).ToArray());

                // An introduction followed by a heading that repeats the title belongs to that heading.
                if (current.Depth == 0 && heading.Number is null && heading.Title == meta.Title)
                {
                    next.Blocks.AddRange(current.Blocks);
                }
                else
                {
                    Flush(current);
                }

                current = next;
            }
            else
            {
                current.Blocks.Add(block);
            }
        }

        Flush(current);
        return new SourceDocument(meta.Key, meta.Title, meta.Issuer, meta.Date, meta.Source, sections);

        void Flush(PendingSection pending)
        {
            // Text before the first heading (an introduction) is kept as a section named by the title.
            if (pending.Depth == 0 && pending.Blocks.Count == 0)
            {
                return;
            }

            var label = pending.Number ?? pending.Heading;
            var citation = new Citation(meta.Key, meta.Title, label, pending.Heading);
            var passages = Chunk(pending.Blocks)
                .Select((text, i) => new Passage($"{meta.Key}/{SectionSlug.From(label)}/{i + 1}", citation, pending.Path, text))
                .ToArray();
            sections.Add(new Section(pending.Number, pending.Heading, pending.Depth, pending.Path, passages));
        }
    }

    private static IEnumerable<string> Chunk(IReadOnlyList<SourceBlock> blocks)
    {
        var passage = new List<SourceBlock>();
        var words = 0;
        foreach (var unit in Units(blocks))
        {
            var unitWords = unit.Sum(b => CountWords(b.Text));
            if (passage.Count > 0 && (words >= TargetWords || words + unitWords > MaxWords))
            {
                yield return Render(passage);
                passage.Clear();
                words = 0;
            }

            passage.AddRange(unit);
            words += unitWords;
        }

        if (passage.Count > 0)
        {
            yield return Render(passage);
        }
    }

    /// <summary>Groups blocks that must not be split: a lead-in ending in ':' with the list it introduces.</summary>
    private static IEnumerable<IReadOnlyList<SourceBlock>> Units(IReadOnlyList<SourceBlock> blocks)
    {
        var unit = new List<SourceBlock>();
        foreach (var block in blocks)
        {
            var continuesList = block is ListItemBlock && unit.Count > 0
                && (unit[^1] is ListItemBlock || unit[^1].Text.EndsWith(':'));
            if (unit.Count > 0 && !continuesList)
            {
                yield return unit.ToArray();
                unit.Clear();
            }

            unit.Add(block);
        }

        if (unit.Count > 0)
        {
            yield return unit.ToArray();
        }
    }

    private static string Render(List<SourceBlock> blocks)
    {
        var parts = new List<string>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var text = blocks[i] switch
            {
                ListItemBlock item => new string(' ', item.Indent * 2) + "- " + item.Text,
                FootnoteBlock note => $"[{note.Label}] {note.Text}",
                var other => other.Text,
            };
            var tightList = i > 0 && blocks[i] is ListItemBlock && blocks[i - 1] is ListItemBlock;
            parts.Add(i == 0 ? text : (tightList ? "\n" : "\n\n") + text);
        }

        return string.Concat(parts);
    }

    internal static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed record PendingSection(string? Number, string Heading, int Depth, IReadOnlyList<string> Path)
    {
        public List<SourceBlock> Blocks { get; } = [];
    }
}
