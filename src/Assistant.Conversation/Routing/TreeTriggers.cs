using Assistant.Interviews;
using Assistant.Interviews.Model;
using Assistant.Interviews.Walking;

namespace Assistant.Conversation.Routing;

/// <summary>
/// Finds the interviews a free text asks for: a tree matches when one of its trigger phrases
/// occurs in the text as whole words (folded alike, so case and diacritics do not matter). Trees
/// with more matching phrases come first.
/// </summary>
internal sealed class TreeTriggers(InterviewCatalog catalog)
{
    private readonly (InterviewTree Tree, string[] Phrases)[] _trees = catalog.Trees
        .Select(t => (t, t.Triggers.Select(p => $" {TextFolding.Fold(p)} ").Where(p => p.Trim().Length > 0).ToArray()))
        .ToArray();

    public IReadOnlyList<InterviewTree> Match(string text)
    {
        var folded = $" {TextFolding.Fold(text)} ";
        return _trees
            .Select(t => (t.Tree, Hits: t.Phrases.Count(p => folded.Contains(p, StringComparison.Ordinal))))
            .Where(t => t.Hits > 0)
            .OrderByDescending(t => t.Hits)
            .ThenBy(t => t.Tree.Id, StringComparer.Ordinal)
            .Select(t => t.Tree)
            .ToArray();
    }
}
