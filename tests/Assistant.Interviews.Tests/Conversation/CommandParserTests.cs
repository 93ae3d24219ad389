using Assistant.Conversation.Routing;
using Assistant.Interviews.Model;
using Assistant.TestSupport;

namespace Assistant.Interviews.Tests.Conversation;

public class CommandParserTests
{
    [Theory]
    [InlineData("tilbake", nameof(CommandKind.Back))]
    [InlineData("Tilbake!", nameof(CommandKind.Back))]
    [InlineData("start på nytt", nameof(CommandKind.Restart))]
    [InlineData("Start pa nytt", nameof(CommandKind.Restart))]
    [InlineData("hvorfor?", nameof(CommandKind.Why))]
    [InlineData("mine svar", nameof(CommandKind.MyAnswers))]
    [InlineData("avslutt intervju", nameof(CommandKind.Leave))]
    [InlineData("avbryt", nameof(CommandKind.Leave))]
    [InlineData("fortsett", nameof(CommandKind.Resume))]
    [InlineData("meny", nameof(CommandKind.Menu))]
    [InlineData("start", nameof(CommandKind.Menu))]
    [InlineData("hjelp", nameof(CommandKind.Help))]
    [InlineData("ja", nameof(CommandKind.None))]
    [InlineData("hvorfor må jeg varsle?", nameof(CommandKind.None))]
    public void Parse_TypedCommand_IsRecognised(string text, string expected)
    {
        // The kind travels by name: the enum is internal, and a theory's parameters must be public.
        Assert.Equal(expected, CommandParser.Parse(text, inQuestion: true).Kind.ToString());
    }

    [Fact]
    public void Parse_StartWithATreeId_StartsThatTree()
    {
        var command = CommandParser.Parse("start helse-gir-opplysninger", inQuestion: false);

        Assert.Equal((CommandKind.StartTree, "helse-gir-opplysninger"), (command.Kind, command.TreeId));
    }

    [Fact]
    public void Parse_ChangeWithANumber_KeepsTheNumber()
    {
        Assert.Equal((CommandKind.Change, 2), (CommandParser.Parse("endre 2", inQuestion: true).Kind, CommandParser.Parse("endre 2", inQuestion: true).Number));
    }

    [Fact]
    public void Parse_RoleWord_IsAMenuOutsideAQuestionAndAnAnswerInside()
    {
        Assert.Equal(InterviewRole.Annet, CommandParser.Parse("Annet", inQuestion: false).Role);
        Assert.Equal(CommandKind.None, CommandParser.Parse("Annet", inQuestion: true).Kind);
    }

    [Fact]
    public void Parse_EncodedAnswer_NamesTreeVersionNodeAndOption()
    {
        var command = CommandParser.Parse("svar:ambulanse:0123456789ab:plivo:2", inQuestion: true);

        Assert.Equal((CommandKind.Answer, "ambulanse", "0123456789ab", "plivo", 2), (command.Kind, command.TreeId, command.TreeVersion, command.NodeId, command.Number));
    }

    [Theory]
    [InlineData("hva betyr TUD?", "TUD")]
    [InlineData("Hva står PLIVO for", "PLIVO")]
    [InlineData("hva betyr tud", "TUD")]
    public void GlossaryQuestion_KnownTerm_FindsTheEntry(string text, string term)
    {
        Assert.Equal(term, FreeText.GlossaryQuestion(text, RepositoryKnowledge.Knowledge.Glossary)?.Term);
    }

    [Theory]
    [InlineData("Kan politiet bli med i ambulansen?", true)]
    [InlineData("hva gjør jeg nå", true)]
    [InlineData("blå", false)]
    [InlineData("kanskje", false)]
    public void LooksLikeQuestion_Text_TellsQuestionsFromFailedAnswers(string text, bool expected)
    {
        Assert.Equal(expected, FreeText.LooksLikeQuestion(text));
    }
}
