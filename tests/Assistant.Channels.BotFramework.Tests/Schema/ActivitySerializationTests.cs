using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Channels.BotFramework.Schema;
using Assistant.Channels.BotFramework.Tests.Support;

namespace Assistant.Channels.BotFramework.Tests.Schema;

public class ActivitySerializationTests
{
    [Fact]
    public void Deserialize_TeamsMessage_ReadsTheSchemaFields()
    {
        var activity = SomeActivities.TeamsMessage();

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("1732356930123", activity.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 15, 30, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(ChannelIds.Msteams, activity.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl);
        Assert.Equal("29:1kari", activity.From!.Id);
        Assert.Equal("6f1c2d3e-0000-4000-8000-000000000001", activity.From.AadObjectId);
        Assert.Equal(RoleTypes.User, activity.From.Role);
        Assert.Equal("a:1conversation;messageid=1732356930123", activity.Conversation!.Id);
        Assert.Equal("tenant-1", activity.Conversation.TenantId);
        Assert.Equal("personal", activity.Conversation.ConversationType);
        Assert.False(activity.Conversation.IsGroup);
        Assert.Equal("28:bot-app-id", activity.Recipient!.Id);
        Assert.Equal("clientInfo", Assert.Single(activity.Entities!).Type);
        Assert.Equal("tenant-1", activity.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("submit", activity.Value!.Value.GetProperty("action").GetString());
        Assert.Equal("<div>Kan jeg si fra?</div>", Assert.Single(activity.Attachments!).Content!.Value.GetString());
        Assert.Equal("ja", Assert.Single(activity.SuggestedActions!.Actions!).Value!.Value.GetString());
    }

    [Fact]
    public void Deserialize_UnknownFields_AreKeptAtEveryLevel()
    {
        var activity = SomeActivities.TeamsMessage();

        Assert.True(activity.Properties!["futureField"].GetProperty("nested").GetBoolean());
        Assert.Equal("kari@example.no", activity.From!.Properties!["userPrincipalName"].GetString());
        Assert.Equal(JsonValueKind.Object, activity.Conversation!.Properties!["customField"].ValueKind);
        Assert.Equal("nb-NO", activity.Entities![0].Properties!["locale"].GetString());
        Assert.Equal(1, activity.Attachments![0].Properties!["unknownAttachmentField"].GetInt32());
        Assert.Equal("x", activity.SuggestedActions!.Actions![0].Properties!["futureActionField"].GetString());
    }

    [Fact]
    public void RoundTrip_TeamsMessage_WritesTheSameJson()
    {
        var activity = SomeActivities.TeamsMessage();

        var written = JsonSerializer.Serialize(activity, BotFrameworkJson.Options);

        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(SomeActivities.TeamsMessageJson), JsonNode.Parse(written)),
            "Round trip changed the activity: " + written);
    }

    [Fact]
    public void RoundTrip_ChannelDataValueAndContent_KeepTheirExactTokens()
    {
        var activity = SomeActivities.TeamsMessage();

        var json = JsonSerializer.Serialize(activity, BotFrameworkJson.Options);

        // Only whitespace may change: numbers keep their written form (1.50, 0.10, a 20-digit
        // integer beyond long) and a null inside channelData stays.
        Assert.Contains(
            """"channelData":{"tenant":{"id":"tenant-1"},"eventType":null,"settings":{"selectedChannel":{"id":"19:general"}},"amount":1.50,"big":12345678901234567890}"""",
            json,
            StringComparison.Ordinal);
        Assert.Contains(""""value":{"action":"submit","answers":["ja","nei"],"score":0.10}"""", json, StringComparison.Ordinal);
        Assert.Contains(""""content":"<div>Kan jeg si fra?</div>"""", json, StringComparison.Ordinal);
        Assert.Contains(""""customField":{"list":[1,2.50,true,null]}"""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_UnsetFields_AreLeftOut()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "Hei" };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJson.Options);

        Assert.Equal("""{"type":"message","text":"Hei"}""", json);
    }

    [Fact]
    public void Serialize_Timestamp_IsUtcWithZAndLocalTimestampKeepsItsOffset()
    {
        var sent = new DateTimeOffset(2026, 11, 23, 11, 15, 30, 120, TimeSpan.FromHours(1));
        var activity = new Activity { Timestamp = sent, LocalTimestamp = sent, Expiration = sent.AddHours(1) };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJson.Options);

        Assert.Equal(
            """{"timestamp":"2026-11-23T10:15:30.12Z","localTimestamp":"2026-11-23T11:15:30.12+01:00","expiration":"2026-11-23T11:15:30.12Z"}""",
            json);
    }

    [Fact]
    public void Serialize_WholeSecondTimestamp_HasNoFraction()
    {
        var activity = new Activity { Timestamp = new DateTimeOffset(2026, 11, 23, 10, 15, 30, TimeSpan.Zero) };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJson.Options);

        Assert.Equal("""{"timestamp":"2026-11-23T10:15:30Z"}""", json);
    }

    [Fact]
    public void Serialize_NorwegianTextAndMarkup_AreWrittenAsTheyAre()
    {
        var activity = new Activity { Text = "Blåbærsyltetøy & <b>taushetsplikt</b>" };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJson.Options);

        Assert.Equal("""{"text":"Blåbærsyltetøy & <b>taushetsplikt</b>"}""", json);
    }

    [Fact]
    public void Deserialize_NamesInAnotherCase_AreRead()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","ReplyToId":"7"}""", BotFrameworkJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("7", activity.ReplyToId);
    }

    [Fact]
    public void Serialize_ResponseShapes_UseTheWireNames()
    {
        using var body = JsonDocument.Parse("""{"statusCode":200}""");
        var invoke = new InvokeResponse(200, body.RootElement.Clone());
        var expected = new ExpectedReplies([new Activity { Type = ActivityTypes.Message, Text = "Svar" }]);
        var reference = new ConversationReference
        {
            ActivityId = "1",
            User = new ChannelAccount { Id = "u" },
            Bot = new ChannelAccount { Id = "b" },
            Conversation = new ConversationAccount { Id = "c" },
            ChannelId = "msteams",
            Locale = "nb-NO",
            ServiceUrl = "https://x/",
        };

        Assert.Equal("""{"status":200,"body":{"statusCode":200}}""", JsonSerializer.Serialize(invoke, BotFrameworkJson.Options));
        Assert.Equal("""{"activities":[{"type":"message","text":"Svar"}]}""", JsonSerializer.Serialize(expected, BotFrameworkJson.Options));
        Assert.Equal(
            """{"activityId":"1","user":{"id":"u"},"bot":{"id":"b"},"conversation":{"id":"c"},"channelId":"msteams","locale":"nb-NO","serviceUrl":"https://x/"}""",
            JsonSerializer.Serialize(reference, BotFrameworkJson.Options));
        Assert.Equal("abc", JsonSerializer.Deserialize<ResourceResponse>("""{"id":"abc"}""", BotFrameworkJson.Options)!.Id);
    }

    [Fact]
    public void Serialize_EveryActivityField_HasItsSchemaName()
    {
        using var json = JsonDocument.Parse("{}");
        var raw = json.RootElement.Clone();
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var activity = new Activity
        {
            Type = "t",
            Id = "i",
            Timestamp = now,
            LocalTimestamp = now,
            LocalTimezone = "z",
            ServiceUrl = "s",
            ChannelId = "c",
            From = new ChannelAccount(),
            Conversation = new ConversationAccount(),
            Recipient = new ChannelAccount(),
            TextFormat = "f",
            AttachmentLayout = "l",
            MembersAdded = [],
            MembersRemoved = [],
            ReactionsAdded = raw,
            ReactionsRemoved = raw,
            TopicName = "tn",
            HistoryDisclosed = true,
            Locale = "nb",
            Text = "x",
            Speak = "sp",
            InputHint = "ih",
            Summary = "su",
            SuggestedActions = new SuggestedActions(),
            Attachments = [],
            Entities = [],
            ChannelData = raw,
            Action = "a",
            ReplyToId = "r",
            Label = "lb",
            ValueType = "vt",
            Value = raw,
            Name = "n",
            RelatesTo = new ConversationReference(),
            Code = "co",
            Expiration = now,
            Importance = "im",
            DeliveryMode = "dm",
            ListenFor = [],
            TextHighlights = raw,
            SemanticAction = raw,
            CallerId = "ci",
        };

        var names = JsonNode.Parse(JsonSerializer.Serialize(activity, BotFrameworkJson.Options))!.AsObject().Select(p => p.Key);

        Assert.Equal(
            [
                "type", "id", "timestamp", "localTimestamp", "localTimezone", "serviceUrl", "channelId", "from", "conversation", "recipient",
                "textFormat", "attachmentLayout", "membersAdded", "membersRemoved", "reactionsAdded", "reactionsRemoved", "topicName",
                "historyDisclosed", "locale", "text", "speak", "inputHint", "summary", "suggestedActions", "attachments", "entities",
                "channelData", "action", "replyToId", "label", "valueType", "value", "name", "relatesTo", "code", "expiration", "importance",
                "deliveryMode", "listenFor", "textHighlights", "semanticAction", "callerId",
            ],
            names);
    }
}
