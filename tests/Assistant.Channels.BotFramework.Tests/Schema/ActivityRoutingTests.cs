using System.Text.Json;
using Assistant.Channels.BotFramework.Schema;
using Assistant.Channels.BotFramework.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.BotFramework.Tests.Schema;

public class ActivityRoutingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 15, 31, TimeSpan.Zero);
    private static readonly FakeTimeProvider Clock = new(Now);
    private static readonly JsonSerializerOptions Indented = new(BotFrameworkJson.Options) { WriteIndented = true };

    [Fact]
    public void CreateReply_Message_SwapsFromAndRecipientKeepingIdAndNameOnly()
    {
        var incoming = SomeActivities.TeamsMessage();

        var reply = incoming.CreateReply(Clock, "Svar");

        Assert.Equal(new ChannelAccount { Id = "28:bot-app-id", Name = "Veileder" }, reply.From);
        Assert.Equal(new ChannelAccount { Id = "29:1kari", Name = "Kari Nordmann" }, reply.Recipient);
    }

    [Fact]
    public void CreateReply_Message_CopiesConversationIdNameAndIsGroupOnly()
    {
        var incoming = SomeActivities.TeamsMessage() with
        {
            Conversation = SomeActivities.TeamsMessage().Conversation! with { Name = "Samtale", IsGroup = true },
        };

        var reply = incoming.CreateReply(Clock);

        Assert.Equal(new ConversationAccount { Id = "a:1conversation;messageid=1732356930123", Name = "Samtale", IsGroup = true }, reply.Conversation);
    }

    [Fact]
    public void CreateReply_Message_CopiesChannelServiceUrlAndLocale()
    {
        var incoming = SomeActivities.TeamsMessage();

        var reply = incoming.CreateReply(Clock);

        Assert.Equal(ChannelIds.Msteams, reply.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal("nb-NO", reply.Locale);
    }

    [Fact]
    public void CreateReply_LocaleGiven_WinsOverTheIncomingLocale()
    {
        var reply = SomeActivities.TeamsMessage().CreateReply(Clock, "Answer", "en-GB");

        Assert.Equal("en-GB", reply.Locale);
    }

    [Fact]
    public void CreateReply_Message_RepliesToTheIncomingId()
    {
        var reply = SomeActivities.TeamsMessage().CreateReply(Clock);

        Assert.Equal("1732356930123", reply.ReplyToId);
    }

    [Fact]
    public void CreateReply_Message_IsAMessageWithoutIdStampedByTheClock()
    {
        var reply = SomeActivities.TeamsMessage().CreateReply(Clock);

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Null(reply.Id);
        Assert.Equal(Now, reply.Timestamp);
        Assert.Equal(string.Empty, reply.Text);
        Assert.Empty(reply.Attachments!);
        Assert.Empty(reply.Entities!);
        Assert.Null(reply.ChannelData);
        Assert.Null(reply.Value);
        Assert.Null(reply.Properties);
    }

    [Theory]
    [InlineData("directline", "conversationUpdate")]
    [InlineData("webchat", "conversationUpdate")]
    [InlineData("DirectLine", "conversationUpdate")]
    [InlineData("WEBCHAT", "ConversationUpdate")]
    public void CreateReply_ConversationUpdateOnDirectLineOrWebChat_LeavesReplyToIdUnset(string channelId, string type)
    {
        var incoming = SomeActivities.ConversationUpdate(channelId) with { Type = type };

        var reply = incoming.CreateReply(Clock, "Velkommen");

        Assert.Null(reply.ReplyToId);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("emulator")]
    [InlineData("test")]
    public void CreateReply_ConversationUpdateOnOtherChannels_RepliesToIt(string channelId)
    {
        var reply = SomeActivities.ConversationUpdate(channelId).CreateReply(Clock, "Velkommen");

        Assert.Equal("update-1", reply.ReplyToId);
    }

    [Theory]
    [InlineData("directline", "message")]
    [InlineData("webchat", "event")]
    public void CreateReply_OtherTypesOnDirectLineOrWebChat_ReplyToThem(string channelId, string type)
    {
        var incoming = SomeActivities.ConversationUpdate(channelId) with { Type = type };

        var reply = incoming.CreateReply(Clock);

        Assert.Equal("update-1", reply.ReplyToId);
    }

    [Fact]
    public void CreateReply_IncomingWithoutAccounts_StillAddressesWhatItCan()
    {
        var incoming = new Activity { Type = ActivityTypes.Message, Id = "1", Conversation = new ConversationAccount { Id = "c" } };

        var reply = incoming.CreateReply(Clock, "Hei");

        Assert.Equal(new ChannelAccount(), reply.From);
        Assert.Equal(new ChannelAccount(), reply.Recipient);
        Assert.Equal("c", reply.Conversation!.Id);
    }

    [Fact]
    public void CreateReply_RepresentativeTeamsAnswer_MatchesApprovedJson()
    {
        using var card = JsonDocument.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Helsepersonelloven § 23 nr. 4","wrap":true}]}
            """);
        var reply = SomeActivities.TeamsMessage().CreateReply(Clock, "Ja, når det er nødvendig for å avverge alvorlig skade. Se **hpl. § 23 nr. 4**.") with
        {
            TextFormat = TextFormatTypes.Markdown,
            InputHint = InputHints.ExpectingInput,
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card.RootElement.Clone() }],
            SuggestedActions = new SuggestedActions
            {
                Actions = [new CardAction { Type = "imBack", Title = "Vis mer", Value = JsonSerializer.SerializeToElement("vis mer") }],
            },
        };

        var json = JsonSerializer.Serialize(reply, Indented);

        Approved.AssertMatches("TeamsReply", json);
    }

    [Fact]
    public void GetConversationReference_Message_KeepsWholeAccountsAndConversation()
    {
        var incoming = SomeActivities.TeamsMessage();

        var reference = incoming.GetConversationReference();

        Assert.Equal("1732356930123", reference.ActivityId);
        Assert.Same(incoming.From, reference.User);
        Assert.Same(incoming.Recipient, reference.Bot);
        Assert.Same(incoming.Conversation, reference.Conversation);
        Assert.Equal(ChannelIds.Msteams, reference.ChannelId);
        Assert.Equal("nb-NO", reference.Locale);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
    }

    [Theory]
    [InlineData("directline", null)]
    [InlineData("webchat", null)]
    [InlineData("msteams", "update-1")]
    public void GetConversationReference_ConversationUpdate_HasActivityIdOnlyWhereTheChannelTakesReplies(string channelId, string? expected)
    {
        var reference = SomeActivities.ConversationUpdate(channelId).GetConversationReference();

        Assert.Equal(expected, reference.ActivityId);
    }

    [Fact]
    public void GetReplyConversationReference_PointsAtTheSentActivity()
    {
        var reference = SomeActivities.TeamsMessage().GetReplyConversationReference(new ResourceResponse("sent-7"));

        Assert.Equal("sent-7", reference.ActivityId);
        Assert.Equal("a:1conversation;messageid=1732356930123", reference.Conversation!.Id);
    }

    [Fact]
    public void ApplyConversationReference_Outgoing_RoutesFromBotToUserAsAReply()
    {
        var incoming = SomeActivities.TeamsMessage();
        var outgoing = new Activity { Type = ActivityTypes.Message, Text = "Svar" };

        var routed = outgoing.ApplyConversationReference(incoming.GetConversationReference());

        Assert.Same(incoming.Recipient, routed.From);
        Assert.Same(incoming.From, routed.Recipient);
        Assert.Same(incoming.Conversation, routed.Conversation);
        Assert.Equal("1732356930123", routed.ReplyToId);
        Assert.Equal(ChannelIds.Msteams, routed.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", routed.ServiceUrl);
        Assert.Equal("nb-NO", routed.Locale);
        Assert.Null(routed.Id);
        Assert.Equal("Svar", routed.Text);
    }

    [Fact]
    public void ApplyConversationReference_ReferenceWithoutActivityId_KeepsTheActivitysReplyToId()
    {
        var reference = SomeActivities.ConversationUpdate(ChannelIds.Webchat).GetConversationReference();
        var outgoing = new Activity { Type = ActivityTypes.Message, ReplyToId = "earlier" };

        var routed = outgoing.ApplyConversationReference(reference);

        Assert.Equal("earlier", routed.ReplyToId);
    }

    [Theory]
    [InlineData("nb-NO", "en-US", "nb-NO")]
    [InlineData(null, "en-US", "en-US")]
    [InlineData(null, null, null)]
    public void ApplyConversationReference_Locale_IsTheReferencesWhenItHasOne(string? referenceLocale, string? activityLocale, string? expected)
    {
        var reference = SomeActivities.TeamsMessage().GetConversationReference() with { Locale = referenceLocale };
        var outgoing = new Activity { Type = ActivityTypes.Message, Locale = activityLocale };

        var routed = outgoing.ApplyConversationReference(reference);

        Assert.Equal(expected, routed.Locale);
    }

    [Fact]
    public void ApplyConversationReference_Incoming_RoutesFromUserToBotWithTheReferencedId()
    {
        var incoming = SomeActivities.TeamsMessage();
        var continuation = new Activity { Type = ActivityTypes.Event, Name = "continue" };

        var routed = continuation.ApplyConversationReference(incoming.GetConversationReference(), isIncoming: true);

        Assert.Same(incoming.From, routed.From);
        Assert.Same(incoming.Recipient, routed.Recipient);
        Assert.Equal("1732356930123", routed.Id);
        Assert.Null(routed.ReplyToId);
    }

    [Fact]
    public void ApplyConversationReference_Outgoing_LeavesTheOriginalUnchanged()
    {
        var outgoing = new Activity { Type = ActivityTypes.Message, Text = "Svar" };

        _ = outgoing.ApplyConversationReference(SomeActivities.TeamsMessage().GetConversationReference());

        Assert.Equal(new Activity { Type = ActivityTypes.Message, Text = "Svar" }, outgoing);
    }
}
