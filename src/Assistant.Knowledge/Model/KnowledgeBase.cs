using System.Collections.Frozen;

namespace Assistant.Knowledge.Model;

/// <summary>All content the assistant answers from, loaded once and then read-only.</summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, Passage> _passages;
    private readonly FrozenDictionary<string, Section> _sections;

    public KnowledgeBase(IReadOnlyList<SourceDocument> documents, Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(glossary);
        Documents = documents;
        Glossary = glossary;
        Passages = documents.SelectMany(d => d.Sections).SelectMany(s => s.Passages).ToArray();
        // Duplicates are kept out of the look-ups so that the validator, not a constructor, reports them.
        _passages = Passages.DistinctBy(p => p.Id).ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _sections = documents
            .SelectMany(d => d.Sections.Select(s => (Key: $"{d.Key}:{s.Label}", Section: s)))
            .DistinctBy(x => x.Key)
            .ToFrozenDictionary(x => x.Key, x => x.Section, StringComparer.Ordinal);
    }

    public IReadOnlyList<SourceDocument> Documents { get; }

    public Glossary Glossary { get; }

    /// <summary>Every passage of every document, in document and reading order.</summary>
    public IReadOnlyList<Passage> Passages { get; }

    public bool TryGetPassage(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Passage? passage) =>
        _passages.TryGetValue(id, out passage);

    public bool TryGetSection(SectionRef reference, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Section? section)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return _sections.TryGetValue(reference.ToString(), out section);
    }
}
