using System.Text.RegularExpressions;
using Assistant.Interviews.Model;
using Assistant.Knowledge.Model;
using Assistant.Search.Analysis;

namespace Assistant.Interviews.Validation;

/// <summary>
/// Checks a tree against every rule of <c>knowledge/trees/README.md</c> and returns all problems,
/// so a tree author sees the whole list at once. A wrong outcome is the worst defect this product
/// can have; the checks that tie outcomes to the sources (cites exist, basis occurs in them) are
/// what keep a tree honest.
/// </summary>
public static partial class InterviewTreeValidator
{
    /// <summary>Every problem of <paramref name="tree"/>, read from <c>&lt;fileId&gt;.yaml</c>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(InterviewTree tree, string fileId, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(knowledge);
        var problems = new List<string>();
        void Problem(string text) => problems.Add($"{fileId}: {text}");

        if (tree.Id != fileId)
        {
            Problem($"id '{tree.Id}' differs from the file name.");
        }

        if (!KebabCase().IsMatch(tree.Id))
        {
            Problem($"id '{tree.Id}' is not lowercase kebab-case.");
        }

        RequireText(tree.Title, "title", Problem);
        RequireText(tree.Description, "description", Problem);
        foreach (var trigger in tree.Triggers)
        {
            if (trigger.Length == 0 || trigger.Any(char.IsUpper))
            {
                Problem($"trigger '{trigger}' is not a non-empty lowercase phrase.");
            }
        }

        if (tree.Nodes.Count == 0)
        {
            Problem("the tree has no nodes.");
            return problems;
        }

        if (!tree.Nodes.ContainsKey(tree.Start))
        {
            Problem($"start '{tree.Start}' names no node of the tree.");
        }

        foreach (var node in tree.Nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            if (!KebabCase().IsMatch(node.Id))
            {
                Problem($"node id '{node.Id}' is not lowercase kebab-case.");
            }

            switch (node)
            {
                case QuestionNode question:
                    CheckQuestion(tree, question, knowledge, text => Problem($"node '{node.Id}': {text}"));
                    break;
                case OutcomeNode outcome:
                    CheckOutcome(outcome.Outcome, knowledge, text => Problem($"node '{node.Id}': {text}"));
                    break;
            }
        }

        CheckShape(tree, Problem);
        return problems;
    }

    private static void CheckQuestion(InterviewTree tree, QuestionNode question, KnowledgeBase knowledge, Action<string> problem)
    {
        RequireText(question.Question, "question", problem);
        RequireText(question.Why, "why", problem);
        if (question.Cites.Count == 0)
        {
            problem("'why' cites no passage.");
        }

        CheckCites(question.Cites, knowledge, problem);
        if (question.Options.Count < 2)
        {
            problem($"a question needs at least two options, it has {question.Options.Count}.");
        }

        var unsure = question.Options.Count(o => o.Unsure);
        if (unsure != 1)
        {
            problem($"a question needs exactly one option with unsure: true, it has {unsure}.");
        }

        foreach (var option in question.Options)
        {
            RequireText(option.Answer, "answer", problem);
            if (!tree.Nodes.ContainsKey(option.Next))
            {
                problem($"option '{option.Answer}' leads to '{option.Next}', which is no node of the tree.");
            }
        }

        var labels = question.Options.Select(o => o.Answer).ToArray();
        if (labels.Distinct(StringComparer.OrdinalIgnoreCase).Count() != labels.Length)
        {
            problem("two options have the same answer text.");
        }
    }

    private static void CheckOutcome(InterviewOutcome outcome, KnowledgeBase knowledge, Action<string> problem)
    {
        RequireText(outcome.Headline, "headline", problem);
        RequireText(outcome.AskWhom, "askWhom", problem);
        foreach (var text in outcome.Steps.Concat(outcome.Caveats).Concat(outcome.Checklist).Concat(outcome.Basis))
        {
            RequireText(text, "list entry", problem);
        }

        if (outcome.Cites.Count == 0)
        {
            problem("an outcome must cite at least one passage.");
        }

        var passages = CheckCites(outcome.Cites, knowledge, problem);
        // "You must" and "you may" need a statute; a prohibition can rest on the circular alone (the
        // ambulance circular's main rule names no law), and is then shown with the cited sections as its basis.
        if (outcome.Basis.Count == 0 && outcome.Verdict is not (Verdict.Veiledning or Verdict.Avklar or Verdict.IkkeAdgang))
        {
            problem($"basis may be empty only for veiledning, avklar and ikke-adgang, not for '{VerdictNames.Display(outcome.Verdict)}'.");
        }

        var cited = passages
            .SelectMany(p => LegalReferenceExtractor.Extract(p.Text, lenient: false))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var basis in outcome.Basis)
        {
            var keys = LegalReferenceExtractor.Extract(basis, lenient: false)
                .Where(k => !k.StartsWith(LegalReferenceExtractor.AnyLaw + ":", StringComparison.Ordinal))
                .ToArray();
            if (keys.Length == 0)
            {
                problem($"basis '{basis}' is not a recognised law reference (law name and §).");
                continue;
            }

            var missing = keys.Where(k => !cited.Contains(k)).ToArray();
            if (missing.Length > 0)
            {
                problem($"basis '{basis}' does not occur in the cited passages ({string.Join(", ", outcome.Cites)}); missing {string.Join(", ", missing)}.");
            }
        }

        if (outcome.Journal is { } journal && !Placeholder().IsMatch(journal))
        {
            problem("journal has no [placeholder]; it must be a template, never patient data.");
        }

        foreach (var text in outcome.Checklist.Append(outcome.Journal ?? ""))
        {
            if (PersonalData().IsMatch(text))
            {
                problem("journal or checklist holds something that looks like personal data (a number or an e-mail address).");
            }
        }
    }

    private static List<Passage> CheckCites(IReadOnlyList<string> cites, KnowledgeBase knowledge, Action<string> problem)
    {
        var found = new List<Passage>();
        foreach (var cite in cites)
        {
            if (knowledge.TryGetPassage(cite, out var passage))
            {
                found.Add(passage);
            }
            else
            {
                problem($"cites '{cite}', which is no passage id (doc/section/ordinal).");
            }
        }

        return found;
    }

    /// <summary>Reachability from start, no cycles, and the unsure branches ending only in outcomes.</summary>
    private static void CheckShape(InterviewTree tree, Action<string> problem)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path, true: done
        var reportedCycle = false;

        void Visit(string id)
        {
            if (state.TryGetValue(id, out var done))
            {
                if (!done && !reportedCycle)
                {
                    problem($"there is a cycle through node '{id}'.");
                    reportedCycle = true;
                }

                return;
            }

            if (tree.Find(id) is not { } node)
            {
                return;
            }

            reached.Add(id);
            state[id] = false;
            if (node is QuestionNode question)
            {
                foreach (var option in question.Options)
                {
                    Visit(option.Next);
                }
            }

            state[id] = true;
        }

        Visit(tree.Start);
        foreach (var id in tree.Nodes.Keys.Where(k => !reached.Contains(k)).Order(StringComparer.Ordinal))
        {
            problem($"node '{id}' cannot be reached from start.");
        }

        if (reportedCycle)
        {
            return;
        }

        foreach (var question in tree.Nodes.Values.OfType<QuestionNode>())
        {
            foreach (var option in question.Options.Where(o => o.Unsure))
            {
                if (!EndsOnlyInOutcomes(tree, option.Next))
                {
                    problem($"node '{question.Id}': the unsure option does not lead only to outcomes.");
                }
            }
        }
    }

    private static bool EndsOnlyInOutcomes(InterviewTree tree, string id) => tree.Find(id) switch
    {
        OutcomeNode => true,
        QuestionNode question => question.Options.Count > 0 && question.Options.All(o => EndsOnlyInOutcomes(tree, o.Next)),
        _ => false,
    };

    private static void RequireText(string text, string what, Action<string> problem)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problem($"'{what}' is empty.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    [GeneratedRegex(@"\[[^\]\n]+\]")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\d{8,}|[\w.+-]+@[\w-]+\.[\w.]+")]
    private static partial Regex PersonalData();
}
