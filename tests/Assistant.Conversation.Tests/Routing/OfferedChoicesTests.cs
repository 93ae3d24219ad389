using Assistant.Conversation.Replies;
using Assistant.Conversation.Routing;

namespace Assistant.Conversation.Tests.Routing;

public class OfferedChoicesTests
{
    // What an outcome with a journalnotat and a checklist offers (values shortened; only titles are read).
    private static readonly ReplyChoice[] AfterOutcome =
    [
        new("Vis journalnotat", "journal:t:v:n"),
        new("Vis sjekkliste", "sjekkliste:t:v:n"),
        new("👍 Ja, nyttig", "nyttig:ja:t:v:n"),
        new("👎 Nei", "nyttig:nei:t:v:n"),
        new("Tilbake", "tilbake"),
        new("Mine svar", "mine svar"),
        new("Start på nytt", "start på nytt"),
        new("Meny", "meny"),
    ];

    private static readonly ReplyChoice[] Examples =
    [
        new("Kan jeg gi opplysninger til politiet uten samtykke?", "Kan jeg gi opplysninger til politiet uten samtykke?"),
        new("Hva skal en bistandsanmodning inneholde?", "Hva skal en bistandsanmodning inneholde?"),
    ];

    [Theory]
    [InlineData("Vis sjekkliste", "sjekkliste:t:v:n")]
    [InlineData("vis sjekkliste", "sjekkliste:t:v:n")]
    [InlineData("VIS SJEKKLISTE.", "sjekkliste:t:v:n")]
    [InlineData("vis sjekklsite", "sjekkliste:t:v:n")]
    [InlineData("sjekkliste", "sjekkliste:t:v:n")]
    [InlineData("Vis journalnotat", "journal:t:v:n")]
    [InlineData("vis jurnalnotat", "journal:t:v:n")]
    [InlineData("journalnotat", "journal:t:v:n")]
    [InlineData("ja, nyttig", "nyttig:ja:t:v:n")]
    [InlineData("nei", "nyttig:nei:t:v:n")]
    [InlineData("start pa nytt", "start på nytt")]
    [InlineData("Vis sjekkliste?", "sjekkliste:t:v:n")]
    public void Match_AButtonsWordsForgivingly_PicksThatButton(string typed, string expected)
    {
        Assert.Equal(expected, OfferedChoices.Match(AfterOutcome, typed)?.Value);
    }

    [Theory]
    [InlineData("Hva skal en sjekkliste for en bistandsanmodning inneholde?")]
    [InlineData("kan du vise meg sjekklisten?")]
    [InlineData("må jeg føre et journalnotat når jeg varsler politiet om en pasient")]
    [InlineData("taushetsplikt")]
    [InlineData("vis")]
    [InlineData("2")]
    [InlineData("")]
    public void Match_AQuestionOrOtherWords_PicksNothing(string typed)
    {
        Assert.Null(OfferedChoices.Match(AfterOutcome, typed));
    }

    [Theory]
    [InlineData("samtykke")]
    [InlineData("politiet uten samtykke")]
    [InlineData("Kan jeg gi opplysninger til politet uten samtykke?")]
    public void Match_WordsOfAnExampleQuestion_LeavesTheUsersOwnQuestion(string typed)
    {
        Assert.Null(OfferedChoices.Match(Examples, typed));
    }

    [Fact]
    public void Match_NothingOffered_PicksNothing()
    {
        Assert.Null(OfferedChoices.Match([], "vis sjekkliste"));
    }
}
