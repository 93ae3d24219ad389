using System.Text.Json;
using Assistant.Bot.Adapter;
using Assistant.Channels.BotFramework.Schema;
using Assistant.Conversation;
using Assistant.Conversation.Rendering;
using Assistant.Conversation.Replies;

namespace Assistant.Bot.Turns;

/// <summary>
/// Renders the channel-neutral replies as activities: an Adaptive Card 1.5 for Teams, Markdown with
/// suggested actions everywhere else (Web Chat, Direct Line, the Emulator).
/// </summary>
internal static class ReplyActivities
{
    public static Activity Render(TurnContext turn, AssistantReply reply)
    {
        var activity = turn.CreateReply();
        if (string.Equals(turn.Activity.ChannelId, ChannelIds.Msteams, StringComparison.Ordinal))
        {
            return activity with
            {
                Text = null,
                Summary = reply.Lead,
                Attachments =
                [
                    new Attachment
                    {
                        ContentType = AdaptiveCardRenderer.ContentType,
                        Content = JsonSerializer.SerializeToElement(AdaptiveCardRenderer.Render(reply)),
                    },
                ],
            };
        }

        return activity with
        {
            Text = MarkdownRenderer.Render(reply),
            TextFormat = TextFormatTypes.Markdown,
            SuggestedActions = reply.Choices.Count == 0 ? null : new SuggestedActions
            {
                Actions = reply.Choices.Select(c => new CardAction
                {
                    Type = "imBack",
                    Title = c.Title,
                    Value = JsonSerializer.SerializeToElement(c.Value),
                }).ToArray(),
            },
        };
    }

    public static Activity Apology(TurnContext turn) => Render(turn, ConversationEngine.Apology());
}
