using System.Collections.Frozen;
using Assistant.Interviews.Model;
using Assistant.Knowledge.Model;

namespace Assistant.Interviews;

/// <summary>Every validated tree, frozen once loaded, with the knowledge base their cites resolve in.</summary>
public sealed class InterviewCatalog
{
    private readonly FrozenDictionary<string, InterviewTree> _trees;
    private readonly KnowledgeBase _knowledge;

    /// <summary>Builds a catalogue of trees that have already been validated against <paramref name="knowledge"/>.</summary>
    public InterviewCatalog(IEnumerable<InterviewTree> trees, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(knowledge);
        Trees = trees.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
        _trees = Trees.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _knowledge = knowledge;
    }

    /// <summary>Every tree, by id.</summary>
    public IReadOnlyList<InterviewTree> Trees { get; }

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterviewTree? tree) =>
        _trees.TryGetValue(id, out tree);

    /// <summary>A passage a tree cites; the validator has made sure every cite of a loaded tree resolves.</summary>
    public Passage Passage(string id) =>
        _knowledge.TryGetPassage(id, out var passage) ? passage : throw new KeyNotFoundException($"No passage '{id}'.");
}
