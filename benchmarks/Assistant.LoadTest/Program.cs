using System.Globalization;

namespace Assistant.LoadTest;

/// <summary>
/// Load test of the bot as it runs in production: the real bot process, channel tokens checked
/// against a local OpenID provider, SQLite conversation state, free-question turns through
/// <c>/api/messages</c> with <c>expectReplies</c>, many conversations at once; and a bare ASP.NET
/// Core endpoint measured by the same client in the same run, so the cost of a turn shows as a ratio.
/// <para>Usage: <c>dotnet run -c Release --project benchmarks/Assistant.LoadTest -- [--turns 10000]
/// [--concurrency 32] [--warmup 1000] [--rate 1500] [--out file.md]</c>; with <c>--rate</c> the bot is also
/// measured with turns arriving at that fixed rate. Exit code 1 when any turn failed.</para>
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var settings = LoadSettings.Parse(args);
        if (settings is null)
        {
            await Console.Error.WriteLineAsync("usage: [--turns N] [--concurrency N] [--warmup N] [--rate turns-per-second] [--out file]").ConfigureAwait(false);
            return 2;
        }

        var report = await LoadRun.ExecuteAsync(settings).ConfigureAwait(false);
        var text = report.ToMarkdown();
        Console.WriteLine(text);
        if (settings.OutputFile is { } file)
        {
            await File.WriteAllTextAsync(file, text).ConfigureAwait(false);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"failed turns: {report.Bot.Failures + (report.BotAtRate?.FromSent.Failures ?? 0)}, failed bare requests: {report.Bare.Failures}"));
        return report.Bot.Failures == 0 && report.Bare.Failures == 0 && (report.BotAtRate?.FromSent.Failures ?? 0) == 0 ? 0 : 1;
    }
}
