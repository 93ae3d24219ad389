using Assistant.Interviews.Model;
using Assistant.Interviews.Tests.Support;
using Assistant.Interviews.Walking;

namespace Assistant.Interviews.Tests.Walking;

public class AnswerMatcherTests
{
    private static readonly QuestionNode First = (QuestionNode)TestTree.Catalog().Trees[0].Nodes["trussel"];
    private static readonly QuestionNode Second = (QuestionNode)TestTree.Catalog().Trees[0].Nodes["hvor-sannsynlig"];

    [Theory]
    [InlineData("1", 0)]
    [InlineData("3", 2)]
    [InlineData("ja", 0)]
    [InlineData("Ja!", 0)]
    [InlineData("JA", 0)]
    [InlineData("jepp", 0)]
    [InlineData("nei", 1)]
    [InlineData("nie", 1)]
    [InlineData("Usikker / vet ikke", 2)]
    [InlineData("usikker", 2)]
    [InlineData("vet ikke", 2)]
    [InlineData("usikre", 2)]
    public void Match_TypedAnswerToAYesNoQuestion_PicksTheOption(string typed, int expected)
    {
        Assert.Equal(expected, AnswerMatcher.Match(First, typed));
    }

    [Theory]
    [InlineData("ja", 0)]
    [InlineData("svært sannsynlig", 0)]
    [InlineData("svaert sannsynlig", 0)]
    [InlineData("Nei, men mulig", 1)]
    [InlineData("men mulig", 1)]
    [InlineData("nei", 1)]
    public void Match_TypedAnswerToLongerOptions_PicksTheOption(string typed, int expected)
    {
        Assert.Equal(expected, AnswerMatcher.Match(Second, typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("blå")]
    [InlineData("kan politiet bli med i ambulansen?")]
    public void Match_TextThatFitsNoOption_IsNoAnswer(string typed)
    {
        Assert.Null(AnswerMatcher.Match(First, typed));
    }

    [Theory]
    [InlineData("Vis sjekkliste", 1)]
    [InlineData("vis sjekklsite", 1)]
    [InlineData("journalnotat", 0)]
    [InlineData("ja", 2)]
    [InlineData("vet ikke", null)]
    public void Match_TypedWordsOfLabelsWithoutAnUnsureOne_PicksTheLabel(string typed, int? expected)
    {
        Assert.Equal(expected, AnswerMatcher.Match(["Vis journalnotat", "Vis sjekkliste", "Ja, nyttig"], typed));
    }

    [Theory]
    [InlineData("Hei på deg", "hei pa deg")]
    [InlineData("Særlig ØL", "saerlig ol")]
    [InlineData("  «Ja», takk!  ", "ja takk")]
    public void Fold_Text_IgnoresCaseDiacriticsAndPunctuation(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }
}
