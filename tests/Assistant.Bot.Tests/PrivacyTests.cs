using System.Collections.Concurrent;
using Assistant.TestSupport;

namespace Assistant.Bot.Tests;

public class PrivacyTests
{
    [Fact]
    public async Task Post_MessageWithIdentityNumber_WarnsAndLogsNoMessageText()
    {
        var logs = new ConcurrentQueue<string>();
        var number = IdentityNumbers.Valid(seed: 21, count: 1).Single();
        await using var host = await BotTestHost.StartAsync(new() { ["Logging:LogLevel:Default"] = "Trace" }, logs);

        var reply = Assert.Single(await host.ExpectRepliesAsync(Activities.Message($"pasient {number} har truet legen, kan jeg varsle politiet?")))!;

        Assert.Contains("fødselsnummer", (string?)reply["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(number, reply.ToJsonString(), StringComparison.Ordinal);
        Assert.NotEmpty(logs);
        Assert.DoesNotContain(logs, line => line.Contains(number, StringComparison.Ordinal) || line.Contains("truet legen", StringComparison.Ordinal));
    }
}
