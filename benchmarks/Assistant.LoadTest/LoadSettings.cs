using System.Globalization;

namespace Assistant.LoadTest;

/// <summary>
/// What to run: measured turns, conversations at once, warm-up turns, where to write the report,
/// and optionally a fixed arrival rate (turns per second) at which the bot is also measured.
/// </summary>
internal sealed record LoadSettings(int Turns, int Concurrency, int Warmup, string? OutputFile, int? Rate = null)
{
    public static LoadSettings Default { get; } = new(10_000, 32, 1_000, null);

    /// <summary>The settings from the command line, or null when it is wrong.</summary>
    public static LoadSettings? Parse(IReadOnlyList<string> args)
    {
        var settings = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                return null;
            }

            var value = args[i + 1];
            var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
            settings = (args[i], number) switch
            {
                ("--turns", { } turns) => settings with { Turns = turns },
                ("--concurrency", { } concurrency) => settings with { Concurrency = concurrency },
                ("--warmup", { } warmup) => settings with { Warmup = warmup },
                ("--rate", { } rate) => settings with { Rate = rate },
                ("--out", _) => settings with { OutputFile = value },
                _ => null,
            };
            if (settings is null)
            {
                return null;
            }
        }

        return settings;
    }
}
