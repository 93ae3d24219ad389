using System.Collections.Frozen;

namespace Assistant.Knowledge.Model;

/// <summary>The glossary, with look-up that respects case where an abbreviation needs it.</summary>
public sealed class Glossary
{
    private readonly FrozenDictionary<string, GlossaryEntry> _exact;
    private readonly FrozenDictionary<string, GlossaryEntry> _folded;

    public Glossary(IEnumerable<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.ToArray();
        var exact = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        var folded = new Dictionary<string, GlossaryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            foreach (var form in entry.Aliases.Prepend(entry.Term))
            {
                if (entry.CaseSensitive)
                {
                    exact.TryAdd(form, entry);
                }
                else
                {
                    folded.TryAdd(form, entry);
                }
            }
        }

        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _folded = folded.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>All entries in file order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>
    /// Finds the entry for a word as typed. Case-sensitive entries match only their exact form,
    /// so "to" (two) is not "TO" (tvungen observasjon).
    /// </summary>
    public bool TryFind(string word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GlossaryEntry? entry) =>
        _exact.TryGetValue(word, out entry) || _folded.TryGetValue(word, out entry);
}
