using System.Globalization;
using System.Text.Json;
using Assistant.Benchmarks;
using Assistant.TestSupport.Authentication;

namespace Assistant.LoadTest;

/// <summary>One run: the bare endpoint, then the bot, with the same client, concurrency and body size.</summary>
internal static class LoadRun
{
    private const string AppId = "0b6c2a55-7d3e-4a51-9d1e-3c1a9f0e2b77";
    private const string TenantId = "5f0d9e64-2b7a-4c1e-8f3d-9a6b1c2d3e4f";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static async Task<LoadReport> ExecuteAsync(LoadSettings settings)
    {
        var questions = BenchmarkQuestions.All.Select(q => JsonSerializer.Serialize(q)).ToArray();
        string Body(int conversation, int sequence) => string.Create(CultureInfo.InvariantCulture,
            $$"""{"type":"message","id":"m{{sequence}}","channelId":"msteams","serviceUrl":"{{ServiceUrl}}","from":{"id":"29:user-{{conversation}}","name":"Bruker"},"recipient":{"id":"28:{{AppId}}","name":"Veileder"},"conversation":{"id":"a:load-{{conversation}}"},"locale":"nb-NO","deliveryMode":"expectReplies","text":{{questions[sequence % questions.Length]}}}""");

        Measurement bare;
        await using (var server = await BareServer.StartAsync().ConfigureAwait(false))
        {
            using var client = new LoadClient(new Uri(server.Address, "api/messages"), null, settings.Concurrency);
            await client.RunAsync(settings.Warmup, Body).ConfigureAwait(false);
            bare = await client.RunAsync(settings.Turns, Body).ConfigureAwait(false);
        }

        await using var openId = await LocalOpenIdServer.StartAsync().ConfigureAwait(false);
        var data = Directory.CreateTempSubdirectory("assistant-load-");
        try
        {
            await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
            {
                ["MicrosoftAppType"] = "SingleTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "load-test-secret-never-used",
                ["MicrosoftAppTenantId"] = TenantId,
                ["BotFramework__ChannelOpenIdMetadataUrl"] = openId.ChannelMetadataUrl.AbsoluteUri,
                ["BotFramework__EmulatorOpenIdMetadataUrl"] = openId.EmulatorMetadataUrl.AbsoluteUri,
                ["Storage__Provider"] = "Sqlite",
                ["Storage__SqlitePath"] = Path.Combine(data.FullName, "state.db"),
                ["Logging__LogLevel__Default"] = "Warning",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            }).ConfigureAwait(false);
            var (startedMb, _) = bot.Memory();
            // The channel reuses one token for up to an hour, so one token for the whole run is what the bot really sees.
            var token = "Bearer " + ChannelTokens.Create(AppId, ServiceUrl, DateTimeOffset.UtcNow);
            using var client = new LoadClient(new Uri(bot.Address, "api/messages"), token, settings.Concurrency);
            await client.RunAsync(settings.Warmup, Body).ConfigureAwait(false);
            var turns = await client.RunAsync(settings.Turns, Body).ConfigureAwait(false);
            (Measurement FromDue, Measurement FromSent)? atRate = settings.Rate is { } rate ? await client.RunAtRateAsync(settings.Turns, rate, Body).ConfigureAwait(false) : null;
            var (afterMb, peakMb) = bot.Memory();
            return new LoadReport(settings, bare, turns, atRate, startedMb, afterMb, peakMb);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
