using System.Collections.Frozen;
using Assistant.Interviews.Model;
using Assistant.Knowledge.Model;

namespace Assistant.Interviews;

/// <summary>
/// Every validated tree, frozen once loaded, with the passages the trees cite so that a turn never
/// has to look them up in the whole knowledge base.
/// </summary>
public sealed class InterviewCatalog
{
    private readonly FrozenDictionary<string, InterviewTree> _trees;
    private readonly FrozenDictionary<string, Passage> _passages;

    /// <summary>Builds a catalogue of trees that have already been validated against <paramref name="knowledge"/>.</summary>
    public InterviewCatalog(IEnumerable<InterviewTree> trees, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(knowledge);
        Trees = trees.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
        _trees = Trees.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        var cites = Trees.SelectMany(t => t.Nodes.Values).SelectMany(n => n switch
        {
            QuestionNode q => q.Cites,
            OutcomeNode o => o.Outcome.Cites,
            _ => [],
        });
        var passages = new Dictionary<string, Passage>(StringComparer.Ordinal);
        foreach (var cite in cites)
        {
            if (knowledge.TryGetPassage(cite, out var passage))
            {
                passages[cite] = passage;
            }
        }

        _passages = passages.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A catalogue without trees: the assistant then only answers free questions.</summary>
    public static InterviewCatalog Empty { get; } = new([], new KnowledgeBase([], new Glossary([])));

    /// <summary>Every tree, by id.</summary>
    public IReadOnlyList<InterviewTree> Trees { get; }

    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out InterviewTree? tree) =>
        _trees.TryGetValue(id, out tree);

    /// <summary>A passage a tree cites; every cite of a loaded tree resolves.</summary>
    public Passage Passage(string id) => _passages[id];
}
