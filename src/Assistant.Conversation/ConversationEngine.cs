using Assistant.Conversation.Privacy;
using Assistant.Conversation.Replies;
using Assistant.Conversation.Turns;
using Assistant.Search;

namespace Assistant.Conversation;

/// <summary>
/// The channel-neutral turn logic: it knows nothing of HTTP or Activities, so the bot, the web
/// chat and the CLI share it. Every turn first screens the text for personal data; nothing
/// after that sees the original text.
/// </summary>
public sealed class ConversationEngine(IPassageSearch search, SearchOptions searchOptions)
{
    /// <summary>The welcome shown when a conversation starts or the app is installed.</summary>
    public static AssistantReply Welcome() => new(
        ReplyKind.Welcome,
        ConversationTexts.WelcomeLead,
        [ConversationTexts.PrivacyWarning],
        [],
        ConversationTexts.Capabilities,
        "Skriv spørsmålet ditt med egne ord, eller velg et eksempel.",
        ConversationTexts.ExampleQuestions.Select(q => new ReplyChoice(q, q)).ToArray());

    /// <summary>Answers one user turn. Never throws for any user input.</summary>
    public TurnResult Respond(UserTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var screened = PersonalDataGuard.Screen(turn.Input);
        var notices = screened.HadPersonalData
            ? new[] { ConversationTexts.PersonalDataNotice(screened.Found.Select(PersonalDataGuard.Describe)) }
            : [];

        var result = search.Search(screened.Text);
        var reply = result.Outcome switch
        {
            SearchOutcome.Answered => new AssistantReply(
                ReplyKind.Answer,
                result.Hits.Count == 1 ? ConversationTexts.AnswerLeadOne : ConversationTexts.AnswerLeadMany,
                notices,
                result.Hits.Select(h => new ReplyPassage(h.Passage.Id, h.Passage.Citation, h.Passage.Text)).ToArray(),
                [],
                ConversationTexts.AnswerFooter,
                []),
            SearchOutcome.TooLong => new AssistantReply(
                ReplyKind.Clarify, ConversationTexts.TooLongLead(searchOptions.MaxQuestionLength), notices, [], [], null, []),
            SearchOutcome.Empty => new AssistantReply(
                ReplyKind.Clarify, ConversationTexts.EmptyLead, notices, [], result.SuggestedTopics, null, ExampleChoices()),
            _ => new AssistantReply(
                ReplyKind.NotCovered, ConversationTexts.NotCoveredLead, notices, [], result.SuggestedTopics, null, ExampleChoices()),
        };

        return new TurnResult([reply], screened.Found, result.Outcome.ToString());
    }

    /// <summary>What a turn says when something failed inside it: kind, and free of details.</summary>
    public static AssistantReply Apology() => new(ReplyKind.Apology, ConversationTexts.ApologyLead, [], [], [], null, []);

    private static ReplyChoice[] ExampleChoices() =>
        ConversationTexts.ExampleQuestions.Select(q => new ReplyChoice(q, q)).ToArray();
}
