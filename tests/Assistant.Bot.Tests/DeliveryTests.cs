using System.Net;
using System.Text.Json.Nodes;
using Assistant.TestSupport.Connector;

namespace Assistant.Bot.Tests;

public class DeliveryTests
{
    [Fact]
    public async Task Post_Question_ReplyGoesToTheConnectorAsReplyToActivity()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync();
        var incoming = Activities.Message("Hva skal en bistandsanmodning inneholde?", serviceUrl: connector.ServiceUrl.ToString());

        using var response = await host.PostAsync(incoming);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/conv-1/activities/{(string?)incoming["id"]}", request.RawTarget);
        Assert.Empty(request.Authorization); // anonymous local mode sends no token
        Assert.Contains("Bistandsanmodningen", (string?)JsonNode.Parse(request.Body)!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ConnectorFails_TurnEndsCleanlyWithoutAStackTrace()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Answer(FakeAnswer.Error(500, "ServiceError", "Connector down"));
        await using var host = await BotTestHost.StartAsync(new() { ["BotFramework:MaxRetryAttempts"] = "0" });

        using var response = await host.PostAsync(Activities.Message("taushetsplikt", serviceUrl: connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(connector.Requests);
    }
}
