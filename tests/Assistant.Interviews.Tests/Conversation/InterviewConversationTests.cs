using System.Text.Json;
using Assistant.Conversation;
using Assistant.Conversation.Feedback;
using Assistant.Conversation.Rendering;
using Assistant.Conversation.Replies;
using Assistant.Conversation.Turns;
using Assistant.Interviews.Tests.Support;
using Assistant.Search;
using Assistant.TestSupport;
using Moq;

namespace Assistant.Interviews.Tests.Conversation;

public class InterviewConversationTests
{
    private static ConversationEngine Engine => TranscriptEngine.Engine;

    [Fact]
    public void Respond_StateFromAnOlderTreeVersion_SaysSoAndOffersAFreshStart()
    {
        var state = Say(DialogState.Empty, "start test-tre", "ja");
        var stale = state with { Interview = state.Interview! with { TreeVersion = "000000000000" } };

        var answered = Engine.Respond(new UserTurn("ja"), stale);

        var reply = Assert.Single(answered.Result.Replies);
        Assert.Contains("er endret siden du startet", reply.Lead, StringComparison.Ordinal);
        Assert.Contains(reply.Choices, c => c.Value == "start test-tre");
        Assert.Null(answered.State.Interview);
    }

    [Fact]
    public void Respond_StateOfATreeThatIsGone_SaysSoAndNeverThrows()
    {
        var state = Say(DialogState.Empty, "start test-tre");
        var gone = state with { Interview = state.Interview! with { TreeId = "borte" } };

        var answered = Engine.Respond(new UserTurn("1"), gone);

        Assert.Contains("er endret siden du startet", answered.Result.Replies[0].Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_StateAfterTurns_RoundTripsThroughJsonWithoutMessageText()
    {
        var state = Say(DialogState.Empty, "start test-tre", "ja", "Kan politiet bli med i ambulansehelikopteret?");

        var json = JsonSerializer.Serialize(state);
        var back = JsonSerializer.Deserialize<DialogState>(json)!;

        Assert.DoesNotContain("ambulansehelikopteret", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(state.Interview!.Answers, back.Interview!.Answers);
        Assert.Equal(state.LastChoices, back.LastChoices);
        Assert.Equal(Transcript.Position(state), Transcript.Position(back));
    }

    [Fact]
    public void Respond_IdentityNumberDuringAnInterview_IsWarnedAboutAndKeptOutOfStateAndReplies()
    {
        var number = IdentityNumbers.Valid(seed: 11, count: 1).Single();
        var state = Say(DialogState.Empty, "start test-tre");

        var answered = Engine.Respond(new UserTurn($"pasienten {number} har truet naboen, hva gjør jeg?"), state);

        Assert.Contains(answered.Result.Replies[0].Notices, n => n.Contains("fødselsnummer", StringComparison.Ordinal));
        Assert.DoesNotContain(number, JsonSerializer.Serialize(answered.State), StringComparison.Ordinal);
        Assert.DoesNotContain(number, string.Concat(answered.Result.Replies.Select(PlainTextRenderer.Render)), StringComparison.Ordinal);
        Assert.Equal("test-tre/trussel", Transcript.Position(answered.State));
    }

    [Fact]
    public void Respond_ThumbsUpOnAnOutcome_RecordsOneCountWithTreeAndOutcomeOnly()
    {
        var feedback = new Mock<IFeedbackRecorder>();
        var engine = new ConversationEngine(RepositoryKnowledge.Search, new SearchOptions(), TranscriptEngine.Catalog, RepositoryKnowledge.Knowledge.Glossary, feedback.Object);
        var state = DialogState.Empty;
        foreach (var text in new[] { "start test-tre", "ja", "ja" })
        {
            state = engine.Respond(new UserTurn(text), state).State;
        }

        var thumbsUp = state.LastChoices.Single(c => c.Title.StartsWith("👍", StringComparison.Ordinal));
        engine.Respond(new UserTurn(null, thumbsUp.Value), state);

        feedback.Verify(f => f.Record(TestTree.Id, "plikt-varsle", true), Times.Once);
        feedback.VerifyNoOtherCalls();
    }

    [Fact]
    public void Respond_FeedbackForAnUnknownOutcome_RecordsNothing()
    {
        var feedback = new Mock<IFeedbackRecorder>();
        var engine = new ConversationEngine(RepositoryKnowledge.Search, new SearchOptions(), TranscriptEngine.Catalog, RepositoryKnowledge.Knowledge.Glossary, feedback.Object);

        engine.Respond(new UserTurn(null, "nyttig:ja:test-tre:000000000000:plikt-varsle"), DialogState.Empty);

        feedback.VerifyNoOtherCalls();
    }

    [Fact]
    public void Respond_Outcome_ShowsVerdictFirstThenBasisStepsCaveatsAndPassages()
    {
        var reply = Engine.Respond(new UserTurn("ja"), Say(DialogState.Empty, "start test-tre", "ja")).Result.Replies.Single();

        Assert.Equal(ReplyKind.Outcome, reply.Kind);
        Assert.StartsWith("Plikt", reply.Title, StringComparison.Ordinal);
        Assert.Equal(["Rettslig grunnlag", "Slik går du fram", "Vær oppmerksom på"], reply.Sections.Select(s => s.Heading));
        Assert.Equal("psykisk-helse/11.2/1", Assert.Single(reply.Passages).PassageId);
        Assert.Contains("Vurderingen i den konkrete saken er din egen", reply.Footer, StringComparison.Ordinal);
        Assert.Equal(["Vis journalnotat", "Vis sjekkliste"], reply.Choices.Take(2).Select(c => c.Title));
    }

    [Fact]
    public void AdaptiveCard_Question_AnswersAreSubmitActionsThatSendTheEncodedValueOutOfSight()
    {
        var question = Engine.Respond(new UserTurn("start test-tre"), DialogState.Empty).Result.Replies.Single();

        var card = AdaptiveCardRenderer.Render(question);

        Assert.Equal("1.5", (string?)card["version"]);
        var first = card["actions"]!.AsArray()[0]!;
        Assert.Equal("Action.Submit", (string?)first["type"]);
        Assert.Equal("Ja", (string?)first["title"]);
        Assert.StartsWith("svar:test-tre:", (string?)first["data"]!["value"], StringComparison.Ordinal);
        Assert.Equal("messageBack", (string?)first["data"]!["msteams"]!["type"]);
        Assert.Equal("Ja", (string?)first["data"]!["msteams"]!["displayText"]);
    }

    [Fact]
    public void Markdown_Outcome_HasTheVerdictAsHeadingAndNumberedSteps()
    {
        var outcome = Engine.Respond(new UserTurn("ja"), Say(DialogState.Empty, "start test-tre", "ja")).Result.Replies.Single();

        var markdown = MarkdownRenderer.Render(outcome);

        Assert.StartsWith("### Plikt", markdown, StringComparison.Ordinal);
        Assert.Contains("**Slik går du fram**\n\n1. Ring politiet.\n2. Journalfør varselet.", markdown, StringComparison.Ordinal);
        Assert.Contains("> I helsepersonelloven § 31", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Journal_IsACodeBlockToCopy()
    {
        var state = Say(DialogState.Empty, "start test-tre", "ja", "ja");

        var journal = Engine.Respond(new UserTurn("1"), state).Result.Replies.Single();

        Assert.Contains("```\n[Dato]: Politiet ble varslet", MarkdownRenderer.Render(journal), StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_OffersTheRolesAfterTheExamples()
    {
        var titles = ConversationEngine.Welcome().Choices.Select(c => c.Title).ToArray();

        Assert.Equal(["Helsepersonell", "Politiet", "Annet"], titles[^3..]);
    }

    private static DialogState Say(DialogState state, params string[] texts)
    {
        foreach (var text in texts)
        {
            state = Engine.Respond(new UserTurn(text), state).State;
        }

        return state;
    }
}
