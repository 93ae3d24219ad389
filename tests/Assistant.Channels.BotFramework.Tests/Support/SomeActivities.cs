using System.Text.Json;
using Assistant.Channels.BotFramework.Schema;

namespace Assistant.Channels.BotFramework.Tests.Support;

/// <summary>Activities as channels send them, for tests to start from.</summary>
internal static class SomeActivities
{
    /// <summary>
    /// A Teams message as it reaches the bot, with fields the schema does not name (at the top and
    /// inside nested objects) and channelData/value/content whose exact text must survive.
    /// </summary>
    public const string TeamsMessageJson = """
        {
          "text": "Kan jeg si fra til politiet om at pasienten har våpen?",
          "textFormat": "plain",
          "type": "message",
          "timestamp": "2026-11-23T10:15:30.123Z",
          "localTimestamp": "2026-11-23T11:15:30.123+01:00",
          "localTimezone": "Europe/Oslo",
          "id": "1732356930123",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": {
            "id": "29:1kari",
            "name": "Kari Nordmann",
            "aadObjectId": "6f1c2d3e-0000-4000-8000-000000000001",
            "role": "user",
            "userPrincipalName": "kari@example.no"
          },
          "conversation": {
            "conversationType": "personal",
            "tenantId": "tenant-1",
            "id": "a:1conversation;messageid=1732356930123",
            "isGroup": false,
            "customField": { "list": [1, 2.50, true, null] }
          },
          "recipient": { "id": "28:bot-app-id", "name": "Veileder", "role": "bot" },
          "entities": [
            { "locale": "nb-NO", "country": "NO", "platform": "Web", "timezone": "Europe/Oslo", "type": "clientInfo" }
          ],
          "channelData": {
            "tenant": { "id": "tenant-1" },
            "eventType": null,
            "settings": { "selectedChannel": { "id": "19:general" } },
            "amount": 1.50,
            "big": 12345678901234567890
          },
          "locale": "nb-NO",
          "value": { "action": "submit", "answers": ["ja", "nei"], "score": 0.10 },
          "attachments": [
            { "contentType": "text/html", "content": "<div>Kan jeg si fra?</div>", "unknownAttachmentField": 1 }
          ],
          "suggestedActions": {
            "to": ["29:1kari"],
            "actions": [ { "type": "imBack", "title": "Ja", "value": "ja", "futureActionField": "x" } ]
          },
          "futureField": { "nested": true },
          "anotherUnknown": [1, "two"]
        }
        """;

    public static Activity TeamsMessage() => JsonSerializer.Deserialize<Activity>(TeamsMessageJson, BotFrameworkJson.Options)!;

    /// <summary>A conversationUpdate as Direct Line sends it when the bot joins.</summary>
    public static Activity ConversationUpdate(string channelId) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = "update-1",
        ChannelId = channelId,
        ServiceUrl = "https://directline.botframework.com/",
        From = new ChannelAccount { Id = "user-1", Name = "Bruker", Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Veileder", Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = "conversation-1" },
        MembersAdded = [new ChannelAccount { Id = "bot-1", Name = "Veileder" }],
        Locale = "nb-NO",
    };
}
