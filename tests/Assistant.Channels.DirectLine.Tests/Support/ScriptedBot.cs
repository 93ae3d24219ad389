using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.BotFramework.Schema;

namespace Assistant.Channels.DirectLine.Tests.Support;

/// <summary>
/// A bot with a script instead of turn logic: welcomes a new member, answers a message with
/// "svar: …" (replying to it), "typ" sends a typing indicator first, "feil" throws, "tregt" waits
/// for the turn to be cancelled.
/// </summary>
internal sealed class ScriptedBot : IDirectLineBot
{
    public const string Welcome = "Velkommen!";

    public async Task ProcessActivityAsync(Activity activity, IConnectorClient connector, CancellationToken cancellationToken)
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = activity.Id,
            Conversation = new ConversationAccount { Id = "someone-elses-conversation" },
        };
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
                await connector.SendToConversationAsync(reply with { ReplyToId = null, Text = Welcome }, cancellationToken);
                break;
            case ActivityTypes.Message when activity.Text == "feil":
                throw new InvalidOperationException("The script fails here.");
            case ActivityTypes.Message when activity.Text == "tregt":
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case ActivityTypes.Message:
                if (activity.Text == "typ")
                {
                    await connector.SendToConversationAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
                }

                await connector.ReplyToActivityAsync(reply with { Text = "svar: " + activity.Text }, cancellationToken);
                break;
        }
    }
}
