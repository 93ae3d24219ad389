namespace Assistant.LoadTest;

/// <summary>The timings of one phase: every request's latency in ms, the wall-clock time, the failures.</summary>
internal sealed record Measurement(IReadOnlyList<double> LatenciesMs, TimeSpan Elapsed, int Failures)
{
    public double PerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    /// <summary>The nearest-rank percentile (p in 0–100).</summary>
    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
