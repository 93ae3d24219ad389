using System.Globalization;
using Assistant.Conversation.Feedback;
using Assistant.Conversation.Interviews;
using Assistant.Conversation.Privacy;
using Assistant.Conversation.Replies;
using Assistant.Conversation.Routing;
using Assistant.Conversation.Turns;
using Assistant.Interviews;
using Assistant.Interviews.Model;
using Assistant.Interviews.Walking;
using Assistant.Knowledge.Model;
using Assistant.Search;

namespace Assistant.Conversation;

/// <summary>
/// The channel-neutral turn logic: it knows nothing of HTTP or Activities, so the bot, the web
/// chat and the CLI share it. Every turn first screens the text for personal data; nothing
/// after that sees the original text. The engine itself holds no conversation: a turn is a pure
/// function of the user's turn and the <see cref="DialogState"/> the caller kept from the last one.
/// </summary>
public sealed class ConversationEngine
{
    private readonly IPassageSearch _search;
    private readonly SearchOptions _searchOptions;
    private readonly InterviewCatalog _catalog;
    private readonly Glossary _glossary;
    private readonly IFeedbackRecorder _feedback;
    private readonly InterviewReplies _replies;
    private readonly TreeTriggers _triggers;

    public ConversationEngine(IPassageSearch search, SearchOptions searchOptions, InterviewCatalog catalog, Glossary glossary, IFeedbackRecorder feedback)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(searchOptions);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(feedback);
        _search = search;
        _searchOptions = searchOptions;
        _catalog = catalog;
        _glossary = glossary;
        _feedback = feedback;
        _replies = new InterviewReplies(catalog);
        _triggers = new TreeTriggers(catalog);
    }

    /// <summary>The welcome shown when a conversation starts or the app is installed.</summary>
    public static AssistantReply Welcome() => new(
        ReplyKind.Welcome,
        ConversationTexts.WelcomeLead,
        [ConversationTexts.PrivacyWarning],
        [],
        ConversationTexts.Capabilities,
        "Skriv spørsmålet ditt med egne ord, velg et eksempel, eller velg hvem du er for å bli veiledet trinn for trinn (skriv «meny» når som helst).",
        [.. ConversationTexts.ExampleQuestions.Select(q => new ReplyChoice(q, q)), .. InterviewReplies.RoleChoices]);

    /// <summary>Answers one user turn without a conversation behind it. Never throws for any user input.</summary>
    public TurnResult Respond(UserTurn turn) => Respond(turn, DialogState.Empty).Result;

    /// <summary>
    /// Answers one user turn in the conversation <paramref name="state"/> describes, and returns the
    /// state to keep for the next turn. Never throws for any user input or any stored state.
    /// </summary>
    public DialogTurn Respond(UserTurn turn, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(state);
        var screened = PersonalDataGuard.Screen(turn.Input);
        var notices = screened.HadPersonalData
            ? new[] { ConversationTexts.PersonalDataNotice(screened.Found.Select(PersonalDataGuard.Describe)) }
            : [];

        var input = screened.Text;
        var offered = turn.ChoiceValue is null ? state.LastChoices : [];
        // A number typed where the assistant offered choices picks that choice, as a click would.
        if (turn.ChoiceValue is null && int.TryParse(input.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= state.LastChoices.Count)
        {
            input = state.LastChoices[number - 1].Value;
            offered = [];
        }

        var step = Route(input, state.Interview, offered);
        var replies = step.Replies.ToArray();
        if (notices.Length > 0)
        {
            replies[0] = replies[0] with { Notices = [.. notices, .. replies[0].Notices] };
        }

        return new DialogTurn(
            new TurnResult(replies, screened.Found, step.Outcome),
            new DialogState(step.Session, replies[^1].Choices));
    }

    /// <summary>What a turn says when something failed inside it: kind, and free of details.</summary>
    public static AssistantReply Apology() => new(ReplyKind.Apology, ConversationTexts.ApologyLead, [], [], [], null, []);

    /// <summary>
    /// Routes <paramref name="input"/>; <paramref name="offered"/> holds the choices typed words may
    /// name (empty when the input is already a choice's value).
    /// </summary>
    private Step Route(string input, InterviewSession? session, IReadOnlyList<ReplyChoice> offered)
    {
        InterviewPath? path = null;
        var command = CommandParser.Parse(input, inQuestion: false);
        if (session is not null && !Replay(session, out path))
        {
            if (command.Kind is not (CommandKind.StartTree or CommandKind.Menu or CommandKind.Help or CommandKind.RoleMenu))
            {
                var tree = _catalog.TryGet(session.TreeId, out var found) ? found : null;
                return new Step([InterviewReplies.Note(InterviewTexts.VersionChanged(tree?.Title), InterviewReplies.RestartOffer(tree))], null, "InterviewVersionChanged");
            }

            session = null;
        }

        var question = session is null || path is null ? null : ActiveQuestion(path, session);
        if (question is not null)
        {
            command = CommandParser.Parse(input, inQuestion: true);
        }

        var answer = command.Kind == CommandKind.None && question is not null ? AnswerMatcher.Match(question, input) : null;

        // Typed words of a choice offered last act as its click ("vis sjekkliste" after an outcome,
        // a tree's title in a menu), as a typed number does. Commands and answers to the question
        // being asked come first, so a choice can never take their place.
        if (command.Kind == CommandKind.None && answer is null && OfferedChoices.Match(offered, input) is { } choice)
        {
            return Route(choice.Value, session, []);
        }

        return command.Kind switch
        {
            CommandKind.Menu => new Step([InterviewReplies.RoleMenu(help: false, session is not null)], session, "Menu"),
            CommandKind.Help => new Step([InterviewReplies.RoleMenu(help: true, session is not null)], session, "Help"),
            CommandKind.RoleMenu => new Step([_replies.TreeMenu(command.Role!.Value, session is not null)], session, "Menu"),
            CommandKind.StartTree => StartTree(command.TreeId!),
            CommandKind.Answer => Click(command, session, path),
            CommandKind.Journal or CommandKind.Checklist => ShowExtra(command, session, path),
            CommandKind.Feedback => Feedback(command, session),
            CommandKind.None when session is not null && path is not null && question is not null => InQuestion(input, session, path, answer),
            CommandKind.None => FreeQuestion(input, session),
            _ when session is null || path is null => new Step([InterviewReplies.Note(InterviewTexts.NoInterview, InterviewReplies.MenuChoices)], null, "NoInterview"),
            _ => Navigate(command, session, path),
        };
    }

    private bool Replay(InterviewSession session, out InterviewPath? path)
    {
        path = null;
        return _catalog.TryGet(session.TreeId, out var tree) && InterviewWalker.TryReplay(tree, session, out path);
    }

    private static QuestionNode? ActiveQuestion(InterviewPath path, InterviewSession session) =>
        session.Changing is { } changing ? path.Steps[changing].Question : path.Question;

    private Step StartTree(string treeId)
    {
        if (!_catalog.TryGet(treeId, out var tree))
        {
            return new Step([InterviewReplies.Note(InterviewTexts.UnknownTree, InterviewReplies.MenuChoices)], null, "UnknownInterview");
        }

        var session = InterviewWalker.Start(tree);
        InterviewWalker.TryReplay(tree, session, out var path);
        return Show(path!, session);
    }

    private Step Navigate(Command command, InterviewSession session, InterviewPath path)
    {
        switch (command.Kind)
        {
            case CommandKind.Back when command.NodeId is not null
                && (command.TreeId != path.Tree.Id || command.TreeVersion != path.Tree.Version || command.NodeId != path.Current.Id || session.Changing is not null):
                // "Tilbake" on an old card: going back from where the user is now is not what they clicked.
                return Show(path, session, InterviewReplies.Note(InterviewTexts.StaleClick), "StaleClick");
            case CommandKind.Back:
                if (path.Steps.Count == 0)
                {
                    return Show(path, session with { Changing = null }, InterviewReplies.Note(InterviewTexts.AtFirstQuestion));
                }

                var previous = path.Steps[^1];
                return Show(null, InterviewWalker.Back(session), InterviewReplies.Note(InterviewTexts.BackTo(previous.Option.Answer)), previous: previous.OptionIndex);
            case CommandKind.Restart:
                return Show(null, InterviewWalker.Restart(session), InterviewReplies.Note(InterviewTexts.Restarted));
            case CommandKind.Why:
                var question = ActiveQuestion(path, session);
                return question is null
                    ? Show(path, session, InterviewReplies.Note(path.Outcome is null ? InterviewTexts.NoInterview : "Begrunnelsen står i sitatene under svaret."))
                    : Show(path, session, _replies.WhyNote(question));
            case CommandKind.MyAnswers:
                return path.Steps.Count == 0
                    ? Show(path, session, InterviewReplies.Note(InterviewTexts.NoAnswersYet))
                    : new Step([InterviewReplies.MyAnswersNote(path)], session with { Changing = null }, "InterviewMyAnswers");
            case CommandKind.Change when command.Number < 1 || command.Number > path.Steps.Count:
                return path.Steps.Count == 0
                    ? Show(path, session, InterviewReplies.Note(InterviewTexts.NoAnswersYet))
                    : new Step([InterviewReplies.Note(InterviewTexts.NoSuchAnswer(command.Number)), InterviewReplies.MyAnswersNote(path)], session, "InterviewMyAnswers");
            case CommandKind.Change:
                var changing = session with { Changing = command.Number - 1 };
                return Show(path, changing, InterviewReplies.Note(InterviewTexts.Changing(path.Steps[command.Number - 1].Option.Answer)));
            case CommandKind.Leave:
                return new Step([InterviewReplies.Note(InterviewTexts.Left, InterviewReplies.MenuChoices)], null, "InterviewLeft");
            default:
                return Show(path, session with { Changing = null });
        }
    }

    /// <summary>A click on an answer button: applied only if it belongs to the question being asked now.</summary>
    private Step Click(Command command, InterviewSession? session, InterviewPath? path)
    {
        if (session is null || path is null)
        {
            return new Step([InterviewReplies.Note(InterviewTexts.StaleClickNoInterview, InterviewReplies.MenuChoices)], null, "StaleClick");
        }

        var question = ActiveQuestion(path, session);
        if (question is null || command.TreeId != path.Tree.Id || command.TreeVersion != path.Tree.Version
            || command.NodeId != question.Id || command.Number >= question.Options.Count)
        {
            return Show(path, session, InterviewReplies.Note(InterviewTexts.StaleClick), "StaleClick");
        }

        return Answer(session, path, command.Number);
    }

    /// <summary>A typed text while a question waits: <paramref name="picked"/> is the option it names, if any.</summary>
    private Step InQuestion(string input, InterviewSession session, InterviewPath path, int? picked)
    {
        if (picked is { } option)
        {
            return Answer(session, path, option);
        }

        if (FreeText.GlossaryQuestion(input, _glossary) is { } entry)
        {
            return Show(path, session, Glossary(entry), "InterviewInterrupted", InterviewTexts.ResumeHint);
        }

        if (FreeText.LooksLikeQuestion(input))
        {
            var (answer, outcome) = Search(input);
            return Show(path, session, answer, "InterviewInterrupted:" + outcome, InterviewTexts.ResumeHint);
        }

        return Show(path, session, InterviewReplies.Note(InterviewTexts.NotUnderstood), "InterviewNotUnderstood");
    }

    private Step Answer(InterviewSession session, InterviewPath path, int option)
    {
        if (session.Changing is { } changing)
        {
            var change = InterviewWalker.Change(path.Tree, session, changing, option);
            return Show(null, change.Session, InterviewReplies.Note(InterviewTexts.Changed(change.Kept, change.Dropped)));
        }

        return Show(null, InterviewWalker.Answer(path, session, option));
    }

    private Step ShowExtra(Command command, InterviewSession? session, InterviewPath? path)
    {
        if (Outcome(command) is not var (tree, node))
        {
            return session is not null && path is not null
                ? Show(path, session, InterviewReplies.Note(InterviewTexts.StaleClick), "StaleClick")
                : new Step([InterviewReplies.Note(InterviewTexts.StaleClickNoInterview, InterviewReplies.MenuChoices)], session, "StaleClick");
        }

        return command.Kind == CommandKind.Journal
            ? new Step([node.Outcome.Journal is null ? InterviewReplies.Note(InterviewTexts.NoJournal) : InterviewReplies.JournalNote(tree, node)], session, "InterviewJournal")
            : new Step([node.Outcome.Checklist.Count == 0 ? InterviewReplies.Note(InterviewTexts.NoChecklist) : InterviewReplies.ChecklistNote(tree, node)], session, "InterviewChecklist");
    }

    private Step Feedback(Command command, InterviewSession? session)
    {
        if (Outcome(command) is var (tree, node))
        {
            _feedback.Record(tree.Id, node.Id, command.Useful);
        }

        return new Step([InterviewReplies.Note(InterviewTexts.FeedbackThanks, InterviewReplies.MenuChoices)], session, "Feedback");
    }

    /// <summary>The outcome a button names, if it is one of the trees as loaded now.</summary>
    private (InterviewTree Tree, OutcomeNode Node)? Outcome(Command command) =>
        _catalog.TryGet(command.TreeId!, out var tree) && tree.Version == command.TreeVersion && tree.Find(command.NodeId!) is OutcomeNode node
            ? (tree, node)
            : null;

    private Step FreeQuestion(string input, InterviewSession? session)
    {
        if (FreeText.GlossaryQuestion(input, _glossary) is { } entry)
        {
            return new Step([Glossary(entry)], session, "Glossary");
        }

        var (answer, outcome) = Search(input);
        var trees = _triggers.Match(input);
        if (trees.Count == 0)
        {
            return new Step([answer], session, outcome);
        }

        var offers = trees.Select(InterviewReplies.StartChoice).ToArray();
        if (answer.Kind == ReplyKind.Answer)
        {
            return new Step([answer with { Bullets = [InterviewTexts.OfferAfterAnswer], Choices = offers }], session, outcome + ":InterviewOffered");
        }

        var offer = new AssistantReply(ReplyKind.Menu, trees.Count == 1 ? InterviewTexts.OfferOne : InterviewTexts.OfferMany, [], [], [], null, [.. offers, new ReplyChoice("Meny", "meny")]);
        return new Step([offer], session, "InterviewOffered");
    }

    /// <summary>
    /// Shows where <paramref name="session"/> stands (the question asked or the outcome reached),
    /// after any <paramref name="before"/> reply. <paramref name="path"/> is the session already
    /// replayed, or null when the answers changed and it must be replayed again;
    /// <paramref name="previous"/> marks the option the user had chosen before going back.
    /// </summary>
    private Step Show(InterviewPath? path, InterviewSession session, AssistantReply? before = null, string? outcome = null, string? footer = null, int? previous = null)
    {
        if (path is null && !Replay(session, out path))
        {
            throw new InvalidOperationException("A session the walker made does not replay on its own tree.");
        }

        var current = _replies.Current(path!, session, footer, previous);
        return new Step(
            before is null ? [current] : [before, current],
            session,
            outcome ?? (current.Kind == ReplyKind.Outcome ? "InterviewOutcome" : "InterviewQuestion"));
    }

    private static AssistantReply Glossary(GlossaryEntry entry) => new(
        ReplyKind.Answer, $"{entry.Term} betyr «{entry.Expansion}».", [], [], [], null, []);

    private (AssistantReply Reply, string Outcome) Search(string text)
    {
        var result = _search.Search(text);
        var reply = result.Outcome switch
        {
            SearchOutcome.Answered => new AssistantReply(
                ReplyKind.Answer,
                result.Hits.Count == 1 ? ConversationTexts.AnswerLeadOne : ConversationTexts.AnswerLeadMany,
                [],
                result.Hits.Select(h => new ReplyPassage(h.Passage.Id, h.Passage.Citation, h.Passage.Text)).ToArray(),
                [],
                ConversationTexts.AnswerFooter,
                []),
            SearchOutcome.TooLong => new AssistantReply(
                ReplyKind.Clarify, ConversationTexts.TooLongLead(_searchOptions.MaxQuestionLength), [], [], [], null, []),
            SearchOutcome.Empty => new AssistantReply(
                ReplyKind.Clarify, ConversationTexts.EmptyLead, [], [], result.SuggestedTopics, null, ExampleChoices()),
            _ => new AssistantReply(
                ReplyKind.NotCovered, ConversationTexts.NotCoveredLead, [], [], result.SuggestedTopics, null, ExampleChoices()),
        };
        return (reply, result.Outcome.ToString());
    }

    private static ReplyChoice[] ExampleChoices() =>
        ConversationTexts.ExampleQuestions.Select(q => new ReplyChoice(q, q)).ToArray();

    private sealed record Step(IReadOnlyList<AssistantReply> Replies, InterviewSession? Session, string Outcome);
}
