using Assistant.Conversation.Rendering;
using Assistant.Conversation.Replies;
using Assistant.Conversation.Tests.Support;
using Assistant.Conversation.Turns;
using Assistant.TestSupport;

namespace Assistant.Conversation.Tests.Rendering;

public class RendererTests
{
    private static readonly AssistantReply Answer = SearchOnlyEngine.Create(RepositoryKnowledge.Search)
        .Respond(new UserTurn("Hva skal en bistandsanmodning inneholde?")).Replies.Single();

    [Fact]
    public void Markdown_Answer_NumbersCitationsAndQuotesEveryLine()
    {
        var markdown = MarkdownRenderer.Render(Answer);

        Assert.StartsWith(Answer.Lead, markdown, StringComparison.Ordinal);
        Assert.Contains($"**1. {Answer.Passages[0].Citation}**", markdown, StringComparison.Ordinal);
        Assert.All(Answer.Passages[0].Text.Split('\n'), line => Assert.Contains("> " + line, markdown, StringComparison.Ordinal));
    }

    [Fact]
    public void AdaptiveCard_Welcome_IsVersion15WithSubmitActions()
    {
        var card = AdaptiveCardRenderer.Render(ConversationEngine.Welcome());

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var actions = card["actions"]!.AsArray();
        Assert.NotEmpty(actions);
        Assert.All(actions, a =>
        {
            Assert.Equal("Action.Submit", (string?)a!["type"]);
            Assert.Equal((string?)a["title"], (string?)a["data"]!["msteams"]!["value"]);
        });
    }

    [Fact]
    public void AdaptiveCard_Answer_PutsEachPassageInItsOwnContainer()
    {
        var card = AdaptiveCardRenderer.Render(Answer);

        var containers = card["body"]!.AsArray().Where(b => (string?)b!["type"] == "Container").ToArray();
        Assert.Equal(Answer.Passages.Count, containers.Length);
        Assert.Equal(Answer.Passages[0].Text, (string?)containers[0]!["items"]![1]!["text"]);
    }

    [Fact]
    public void PlainText_Welcome_NumbersTheChoices()
    {
        var text = PlainTextRenderer.Render(ConversationEngine.Welcome());

        Assert.Contains("  1) ", text, StringComparison.Ordinal);
        Assert.Contains("  3) ", text, StringComparison.Ordinal);
    }
}
