using System.Net;

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
        var (method, path, authorization, body) = Assert.Single(connector.Received);
        Assert.Equal("POST", method);
        Assert.Equal($"/v3/conversations/conv-1/activities/{(string?)incoming["id"]}", path);
        Assert.Null(authorization); // anonymous local mode sends no token
        Assert.Contains("Bistandsanmodningen", (string?)body!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ConnectorFails_TurnEndsCleanlyWithoutAStackTrace()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.FailWithStatus = 500;
        await using var host = await BotTestHost.StartAsync(new() { ["BotFramework:MaxRetryAttempts"] = "0" });

        using var response = await host.PostAsync(Activities.Message("taushetsplikt", serviceUrl: connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(connector.Received);
    }
}
