using Assistant.Knowledge.Model;

namespace Assistant.Knowledge.Validation;

/// <summary>Whole-corpus checks that must hold before the assistant answers from the content.</summary>
public static class KnowledgeValidator
{
    /// <summary>Returns every problem found; an empty list means the knowledge is valid.</summary>
    public static IReadOnlyList<string> Validate(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var problems = new List<string>();

        foreach (var duplicate in knowledge.Documents.GroupBy(d => d.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"document key '{duplicate.Key}' is used {duplicate.Count()} times");
        }

        foreach (var document in knowledge.Documents)
        {
            if (string.IsNullOrWhiteSpace(document.Title) || string.IsNullOrWhiteSpace(document.Issuer) || string.IsNullOrWhiteSpace(document.SourceFile))
            {
                problems.Add($"{document.Key}: front matter needs title, issuer and source");
            }

            if (!document.Sections.Any(s => s.Passages.Count > 0))
            {
                problems.Add($"{document.Key}: has no text");
            }

            foreach (var duplicate in document.Sections.GroupBy(s => s.Label).Where(g => g.Count() > 1))
            {
                problems.Add($"{document.Key}: section label '{duplicate.Key}' is not unique");
            }
        }

        foreach (var duplicate in knowledge.Passages.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"passage id '{duplicate.Key}' is not unique");
        }

        foreach (var entry in knowledge.Glossary.Entries)
        {
            if (string.IsNullOrWhiteSpace(entry.Term) || string.IsNullOrWhiteSpace(entry.Expansion))
            {
                problems.Add($"glossary: an entry lacks term or expansion ('{entry.Term}')");
            }

            if (entry.Cite is not null && !knowledge.TryGetSection(entry.Cite, out _))
            {
                problems.Add($"glossary: '{entry.Term}' cites {entry.Cite}, which does not exist");
            }
        }

        return problems;
    }
}
