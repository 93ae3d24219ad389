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
                Actions = reply.Choices.Select(Action).ToArray(),
            },
        };
    }

    /// <summary>
    /// A choice whose value is words a user could type is an <c>imBack</c>: it posts them as if
    /// typed. An encoded value (an interview answer names tree, version, node and option) would
    /// read as noise in the chat, so it is a <c>messageBack</c> that shows the title instead.
    /// </summary>
    private static CardAction Action(ReplyChoice choice) => choice.Title == choice.Value
        ? new CardAction { Type = "imBack", Title = choice.Title, Value = JsonSerializer.SerializeToElement(choice.Value) }
        : new CardAction
        {
            Type = "messageBack",
            Title = choice.Title,
            DisplayText = choice.Title,
            Text = choice.Value,
            Value = JsonSerializer.SerializeToElement(new { value = choice.Value }),
        };

    public static Activity Apology(TurnContext turn) => Render(turn, ConversationEngine.Apology());
}
