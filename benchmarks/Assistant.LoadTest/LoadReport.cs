using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Assistant.LoadTest;

/// <summary>The figures of one run, and the Markdown that records them.</summary>
internal sealed record LoadReport(LoadSettings Settings, Measurement Bare, Measurement Bot, (Measurement FromDue, Measurement FromSent)? BotAtRate, double BotStartedMb, double BotAfterMb, double BotPeakMb)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        text.AppendLine(culture, $"Run: {Settings.Turns} measured turns after {Settings.Warmup} warm-up turns, {Settings.Concurrency} concurrent conversations");
        text.AppendLine();
        text.AppendLine("| endpoint | requests/s | median ms | p90 ms | p99 ms | max ms | failures |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        Row(text, "bare ASP.NET Core endpoint", Bare);
        Row(text, "bot turn (auth, search, SQLite state, expectReplies)", Bot);
        text.AppendLine();
        text.AppendLine("Above, each conversation sends its next message as soon as the last is answered, so the turns/s are the most the bot serves and a turn's latency includes waiting behind the other conversations (about conversations ÷ turns/s).");
        if (BotAtRate is { } atRate)
        {
            text.AppendLine();
            text.AppendLine(culture, $"Open loop: {Settings.Turns} turns arriving at a fixed {Settings.Rate} turns/s over the same {Settings.Concurrency} conversations, whether or not earlier turns were answered:");
            text.AppendLine();
            text.AppendLine("| endpoint | requests/s | median ms | p90 ms | p99 ms | max ms | failures |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            Row(text, $"bot turn at {Settings.Rate} turns/s, timed from when it was sent", atRate.FromSent);
            Row(text, $"the same, timed from when it was due (adds the client's own lateness in sending)", atRate.FromDue);
        }

        text.AppendLine();
        text.AppendLine(culture, $"Cost of a turn: the bot serves {Bot.PerSecond / Bare.PerSecond:P0} of the bare endpoint's requests per second.");
        text.AppendLine(culture, $"Bot process memory (resident): {BotStartedMb:F0} MB when ready, {BotAfterMb:F0} MB after {Settings.Warmup + (BotAtRate is null ? 1 : 2) * Settings.Turns} turns, peak {BotPeakMb:F0} MB.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, Measurement m) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {m.PerSecond:F0} | {m.Percentile(50):F2} | {m.Percentile(90):F2} | {m.Percentile(99):F2} | {m.Percentile(100):F2} | {m.Failures} |");
}
