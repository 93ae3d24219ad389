using System.Collections.Frozen;

namespace Assistant.Interviews.Model;

/// <summary>One guided interview, as loaded from <c>knowledge/trees/&lt;id&gt;.yaml</c>.</summary>
/// <param name="Id">Equals the file name.</param>
/// <param name="Version">A short hash of the file's bytes; kept in conversation state to notice a changed tree.</param>
/// <param name="Title">Shown in menus and at the top of the interview.</param>
/// <param name="Role">Who typically asks.</param>
/// <param name="Description">One sentence for the menu.</param>
/// <param name="Triggers">Lowercase phrases that mean this interview.</param>
/// <param name="Start">The first node's id.</param>
/// <param name="Nodes">Every node by id.</param>
public sealed record InterviewTree(
    string Id,
    string Version,
    string Title,
    InterviewRole Role,
    string Description,
    IReadOnlyList<string> Triggers,
    string Start,
    FrozenDictionary<string, InterviewNode> Nodes)
{
    /// <summary>The node with <paramref name="id"/>, if the tree has it.</summary>
    public InterviewNode? Find(string id) => Nodes.GetValueOrDefault(id);

    /// <summary>The first node.</summary>
    public InterviewNode StartNode => Nodes[Start];

    /// <summary>Every outcome node.</summary>
    public IEnumerable<OutcomeNode> Outcomes => Nodes.Values.OfType<OutcomeNode>();
}
