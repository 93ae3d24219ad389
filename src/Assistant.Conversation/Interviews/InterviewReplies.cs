using Assistant.Conversation.Replies;
using Assistant.Conversation.Routing;
using Assistant.Interviews;
using Assistant.Interviews.Model;
using Assistant.Interviews.Walking;

namespace Assistant.Conversation.Interviews;

/// <summary>Builds the channel-neutral replies of an interview from the tree and the path walked.</summary>
internal sealed class InterviewReplies(InterviewCatalog catalog)
{
    private static readonly ReplyChoice Why = new("Hvorfor spør du?", "hvorfor?");
    private static readonly ReplyChoice MyAnswers = new("Mine svar", "mine svar");
    private static readonly ReplyChoice Leave = new("Avbryt", "avbryt");
    private static readonly ReplyChoice Restart = new("Start på nytt", "start på nytt");
    private static readonly ReplyChoice Resume = new("Fortsett", "fortsett");
    private static readonly ReplyChoice Menu = new("Meny", "meny");

    /// <summary>
    /// The roles as the welcome offers them: each title is also a typed command, so a channel can
    /// post the title itself. The welcome never comes during an interview, where "Annet" could be
    /// an answer.
    /// </summary>
    public static readonly ReplyChoice[] RoleChoices =
    [
        new("Helsepersonell", "Helsepersonell"),
        new("Politiet", "Politiet"),
        new("Annet", "Annet"),
    ];

    /// <summary>The roles as the menu offers them, with values no answer can be mistaken for.</summary>
    public static IReadOnlyList<ReplyChoice> MenuChoices { get; } =
    [
        new("Helsepersonell", "meny helse"),
        new("Politiet", "meny politi"),
        new("Annet", "meny annet"),
    ];

    /// <summary>The node the path has reached, or the question being changed.</summary>
    /// <param name="previous">An option the user chose before (after "tilbake"), marked so they see it.</param>
    public AssistantReply Current(InterviewPath path, InterviewSession session, string? footer = null, int? previous = null) =>
        session.Changing is { } changing
            ? Question(path.Tree, path.Steps[changing].Question, changing, changing: true, footer, path.Steps[changing].OptionIndex)
            : path.Current switch
            {
                QuestionNode question => Question(path.Tree, question, path.Steps.Count, changing: false, footer, previous),
                OutcomeNode outcome => Outcome(path.Tree, outcome),
                _ => throw new InvalidOperationException("A node is a question or an outcome."),
            };

    public static AssistantReply Question(InterviewTree tree, QuestionNode question, int answered, bool changing, string? footer = null, int? previous = null)
    {
        var choices = question.Options
            .Select((o, i) => new ReplyChoice(i == previous ? $"{o.Answer} (ditt svar)" : o.Answer, ChoiceValues.Answer(tree, question.Id, i)))
            .ToList();
        choices.Add(Why);
        if (changing)
        {
            choices.Add(Resume);
        }
        else if (answered > 0)
        {
            choices.Add(BackFrom(tree, question.Id));
            choices.Add(MyAnswers);
        }

        choices.Add(Leave);
        return new AssistantReply(ReplyKind.Question, question.Question, [], [], [], footer ?? InterviewTexts.QuestionHint, choices)
        {
            Title = InterviewTexts.QuestionTitle(tree.Title, answered + 1),
        };
    }

    public AssistantReply Outcome(InterviewTree tree, OutcomeNode node)
    {
        var outcome = node.Outcome;
        var sections = new List<ReplySection>();
        if (outcome.Basis.Count > 0)
        {
            sections.Add(new ReplySection("Rettslig grunnlag", outcome.Basis, ReplySectionStyle.Bullets));
        }
        else
        {
            // No statute is named where the circular itself is the rule (the ambulance circular names
            // none); the basis shown is then the cited sections, so an outcome never stands without one.
            var circulars = outcome.Cites.Select(id => catalog.Passage(id).Citation.ToString()).Distinct(StringComparer.Ordinal).ToArray();
            sections.Add(new ReplySection("Grunnlag", circulars, ReplySectionStyle.Bullets));
        }

        if (outcome.Steps.Count > 0)
        {
            sections.Add(new ReplySection("Slik går du fram", outcome.Steps, ReplySectionStyle.Numbered));
        }

        if (outcome.Caveats.Count > 0)
        {
            sections.Add(new ReplySection("Vær oppmerksom på", outcome.Caveats, ReplySectionStyle.Bullets));
        }

        var choices = OutcomeChoices(tree, node);
        return new AssistantReply(
            ReplyKind.Outcome,
            outcome.Headline,
            [],
            Passages(outcome.Cites),
            [],
            $"{InterviewTexts.OwnAssessment} {outcome.AskWhom} {InterviewTexts.Useful}",
            choices)
        {
            Title = $"{VerdictNames.Display(outcome.Verdict)} ({tree.Title})",
            Sections = sections,
        };
    }

    public AssistantReply WhyNote(QuestionNode question) =>
        new(ReplyKind.Note, question.Why, [], Passages(question.Cites), [], null, []) { Title = InterviewTexts.WhyTitle };

    public static AssistantReply MyAnswersNote(InterviewPath path) => new(
        ReplyKind.Note,
        InterviewTexts.MyAnswersLead,
        [],
        [],
        [],
        null,
        [.. path.Steps.Select((_, i) => new ReplyChoice($"Endre {i + 1}", $"endre {i + 1}")), Resume])
    {
        Title = path.Tree.Title,
        Sections = [new ReplySection("Dine svar", path.Steps.Select(s => $"{s.Question.Question} Svar: {s.Option.Answer}").ToArray(), ReplySectionStyle.Numbered)],
    };

    public static AssistantReply JournalNote(InterviewTree tree, OutcomeNode node) => new(
        ReplyKind.Note, InterviewTexts.JournalLead, [], [], [], null, OutcomeChoices(tree, node))
    {
        Title = InterviewTexts.JournalTitle,
        Sections = [new ReplySection("Journalnotat", [node.Outcome.Journal ?? ""], ReplySectionStyle.Text)],
    };

    public static AssistantReply ChecklistNote(InterviewTree tree, OutcomeNode node) => new(
        ReplyKind.Note, InterviewTexts.ChecklistLead, [], [], [], null, OutcomeChoices(tree, node))
    {
        Title = InterviewTexts.ChecklistTitle,
        Sections = [new ReplySection(InterviewTexts.ChecklistTitle, node.Outcome.Checklist, ReplySectionStyle.Bullets)],
    };

    public static AssistantReply Note(string lead, IReadOnlyList<ReplyChoice>? choices = null) =>
        new(ReplyKind.Note, lead, [], [], [], null, choices ?? []);

    /// <summary>The menu of roles; with <paramref name="help"/> also the commands.</summary>
    public static AssistantReply RoleMenu(bool help, bool inInterview) => new(
        ReplyKind.Menu,
        InterviewTexts.MenuLead,
        [],
        [],
        help ? InterviewTexts.Commands : [],
        help ? "Du kan også skrive spørsmålet ditt med egne ord." : null,
        inInterview ? [.. MenuChoices, Resume] : MenuChoices);

    /// <summary>The trees for one role (all trees when none is marked for it).</summary>
    public AssistantReply TreeMenu(InterviewRole role, bool inInterview)
    {
        var trees = catalog.Trees.Where(t => t.Role == role).ToArray();
        if (trees.Length == 0)
        {
            trees = [.. catalog.Trees];
        }

        return new AssistantReply(
            ReplyKind.Menu,
            InterviewTexts.RoleMenuLead,
            [],
            [],
            trees.Select(t => $"{t.Title}: {t.Description}").ToArray(),
            null,
            [.. trees.Select(StartChoice), .. inInterview ? new[] { Resume } : [], Menu]);
    }

    public static ReplyChoice StartChoice(InterviewTree tree) => new(tree.Title, ChoiceValues.Start(tree.Id));

    public static IReadOnlyList<ReplyChoice> RestartOffer(InterviewTree? tree) =>
        tree is null ? [Menu] : [new ReplyChoice("Start på nytt", ChoiceValues.Start(tree.Id)), Menu];

    /// <summary>What an outcome offers, and what its journalnotat and checklist offer again.</summary>
    private static ReplyChoice[] OutcomeChoices(InterviewTree tree, OutcomeNode node)
    {
        var choices = new List<ReplyChoice>();
        if (node.Outcome.Journal is not null)
        {
            choices.Add(new ReplyChoice("Vis journalnotat", ChoiceValues.Journal(tree, node.Id)));
        }

        if (node.Outcome.Checklist.Count > 0)
        {
            choices.Add(new ReplyChoice("Vis sjekkliste", ChoiceValues.Checklist(tree, node.Id)));
        }

        choices.Add(new ReplyChoice("👍 Ja, nyttig", ChoiceValues.Feedback(tree, node.Id, useful: true)));
        choices.Add(new ReplyChoice("👎 Nei", ChoiceValues.Feedback(tree, node.Id, useful: false)));
        choices.AddRange([BackFrom(tree, node.Id), MyAnswers, Restart, Menu]);
        return [.. choices];
    }

    private static ReplyChoice BackFrom(InterviewTree tree, string nodeId) => new("Tilbake", ChoiceValues.Back(tree, nodeId));

    private ReplyPassage[] Passages(IReadOnlyList<string> cites) =>
        cites.Select(id => catalog.Passage(id)).Select(p => new ReplyPassage(p.Id, p.Citation, p.Text)).ToArray();
}
