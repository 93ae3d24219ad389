using Assistant.Conversation.Privacy;
using Assistant.Conversation.Replies;
using Assistant.Conversation.Tests.Support;
using Assistant.Conversation.Turns;
using Assistant.Search;
using Assistant.TestSupport;
using Moq;

namespace Assistant.Conversation.Tests;

public class ConversationEngineTests
{
    private static readonly ConversationEngine Engine = SearchOnlyEngine.Create(RepositoryKnowledge.Search);

    [Fact]
    public void Respond_CoveredQuestion_QuotesPassagesWithCitations()
    {
        var result = Engine.Respond(new UserTurn("Hva skal en bistandsanmodning inneholde?"));

        var reply = Assert.Single(result.Replies);
        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.NotEmpty(reply.Passages);
        Assert.All(reply.Passages, p => Assert.True(RepositoryKnowledge.Knowledge.TryGetPassage(p.PassageId, out var passage) && passage.Text == p.Text));
        Assert.Contains("Vurderingen i den konkrete saken er din egen", reply.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_UncoveredQuestion_SaysSoAndOffersTopics()
    {
        var reply = Engine.Respond(new UserTurn("hvordan klager jeg på en parkeringsbot?")).Replies.Single();

        Assert.Equal(ReplyKind.NotCovered, reply.Kind);
        Assert.Empty(reply.Passages);
        Assert.NotEmpty(reply.Bullets);
        Assert.NotEmpty(reply.Choices);
    }

    [Fact]
    public void Respond_MessageWithIdentityNumber_WarnsAndNeverSearchesForIt()
    {
        var number = IdentityNumbers.Valid(seed: 3, count: 1).Single();
        var search = new Mock<IPassageSearch>();
        search.Setup(s => s.Search(It.IsAny<string>(), It.IsAny<int?>())).Returns(new SearchResult("", SearchOutcome.NotCovered, [], []));

        var result = SearchOnlyEngine.Create(search.Object).Respond(new UserTurn($"pasient {number} har våpen"));

        search.Verify(s => s.Search(It.Is<string>(q => q.Contains(number, StringComparison.Ordinal)), It.IsAny<int?>()), Times.Never);
        Assert.Equal([PersonalDataKind.NationalIdentityNumber], result.PersonalDataFound);
        Assert.Contains(result.Replies.Single().Notices, n => n.Contains("fødselsnummer", StringComparison.Ordinal));
        Assert.DoesNotContain(number, result.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_ClickedChoice_WinsOverTypedText()
    {
        Assert.Equal("valgt", new UserTurn("skrevet", "valgt").Input);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001")]
    public void Respond_NothingToSearch_AsksForAWholeQuestion(string text)
    {
        Assert.Equal(ReplyKind.Clarify, Engine.Respond(new UserTurn(text)).Replies.Single().Kind);
    }

    [Fact]
    public void Respond_HugeMessage_ExplainsTheLimit()
    {
        var reply = Engine.Respond(new UserTurn(new string('a', 100_000))).Replies.Single();

        Assert.Equal(ReplyKind.Clarify, reply.Kind);
        Assert.Contains("1000 tegn", reply.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Welcome_WarnsAgainstPatientIdentifiersAndOffersExamples()
    {
        var welcome = ConversationEngine.Welcome();

        Assert.Contains(welcome.Notices, n => n.Contains("fødselsnummer", StringComparison.Ordinal));
        Assert.NotEmpty(welcome.Choices);
    }
}
