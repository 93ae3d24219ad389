using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Assistant.TestSupport.Connector;

namespace Assistant.Bot.Tests;

public class MessagesEndpointTests
{
    [Fact]
    public async Task Post_Question_ExpectReplies_AnswersWithCitedPassages()
    {
        await using var host = await BotTestHost.StartAsync();
        var incoming = Activities.Message("Hva skal en bistandsanmodning inneholde?");

        var replies = await host.ExpectRepliesAsync(incoming);

        var reply = Assert.Single(replies)!.AsObject();
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Contains("punkt 5 Bistandsanmodningen", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Equal("markdown", (string?)reply["textFormat"]);
        Assert.Equal("bot-1", (string?)reply["from"]!["id"]);
        Assert.Equal("user-1", (string?)reply["recipient"]!["id"]);
        Assert.Equal((string?)incoming["id"], (string?)reply["replyToId"]);
        Assert.Equal("conv-1", (string?)reply["conversation"]!["id"]);
        Assert.False(reply.ContainsKey("id"));
    }

    [Fact]
    public async Task Post_TeamsQuestion_AnswersWithAnAdaptiveCard()
    {
        await using var host = await BotTestHost.StartAsync();

        var reply = Assert.Single(await host.ExpectRepliesAsync(Activities.Message("Hva skal en bistandsanmodning inneholde?", channelId: "msteams")))!;

        var attachment = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("1.5", (string?)attachment["content"]!["version"]);
    }

    [Fact]
    public async Task Post_ConversationUpdateWithNewMember_Welcomes()
    {
        await using var host = await BotTestHost.StartAsync();
        var update = Activities.Of("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-1" });

        var reply = Assert.Single(await host.ExpectRepliesAsync(update))!;

        Assert.Contains("fødselsnummer", (string?)reply["text"], StringComparison.Ordinal);
        Assert.NotEmpty(reply["suggestedActions"]!["actions"]!.AsArray());
    }

    [Fact]
    public async Task Post_ConversationUpdateForTheBotItself_SaysNothing()
    {
        await using var host = await BotTestHost.StartAsync();
        var update = Activities.Of("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "bot-1" });

        Assert.Empty(await host.ExpectRepliesAsync(update));
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingNew")]
    public async Task Post_ActivityTypeNotHandled_IsAcceptedAndIgnored(string type)
    {
        await using var host = await BotTestHost.StartAsync();

        Assert.Empty(await host.ExpectRepliesAsync(Activities.Of(type)));
    }

    [Fact]
    public async Task Post_NotJson_Is400()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.Client.PostAsync("/api/messages", new StringContent("not json{", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingType_Is400()
    {
        await using var host = await BotTestHost.StartAsync();
        var activity = Activities.Message("hei");
        activity.Remove("type");

        using var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KB_Is413()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostAsync(Activities.Message(new string('a', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_Messages_Is405WithAllow()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Post_UnknownInvoke_Is501()
    {
        await using var host = await BotTestHost.StartAsync();
        var invoke = Activities.Of("invoke");
        invoke["name"] = "composeExtension/query";

        using var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdaptiveCardAction_AnswersTheInvokeAndTheChoice()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync();
        var invoke = Activities.Of("invoke", channelId: "msteams");
        invoke["serviceUrl"] = connector.ServiceUrl.ToString();
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["value"] = "Hva skal en bistandsanmodning inneholde?" } } };

        using var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        var sent = JsonNode.Parse(Assert.Single(connector.Requests).Body)!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)sent["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionWithoutAChoice_Is400WithAnErrorBody()
    {
        await using var host = await BotTestHost.StartAsync();
        var invoke = Activities.Of("invoke", channelId: "msteams");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute" } };

        using var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.error", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]);
    }

    [Fact]
    public async Task Healthz_AfterStart_IsHealthy()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
