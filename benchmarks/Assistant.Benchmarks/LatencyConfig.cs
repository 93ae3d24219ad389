using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;

namespace Assistant.Benchmarks;

/// <summary>
/// Measures single searches, so that the statistics describe the latency one user sees rather than
/// the average of a batch. BenchmarkDotNet's default (many calls per iteration, upper outliers
/// removed, a full GC before every iteration) would report a smoothed mean and hide the tail the
/// P99 target is about.
/// </summary>
internal sealed class LatencyConfig : ManualConfig
{
    /// <summary>
    /// Measured searches per benchmark case: enough for a P99 that rests on several measurements
    /// (the 4 slowest of 400), and a multiple of the question count so the mix weighs each equally.
    /// </summary>
    public const int Iterations = 400;

    public LatencyConfig()
    {
        AddJob(Job.Default
            // One call per iteration: each measurement is one search.
            .RunOncePerIteration()
            // The set-up already runs every question until the JIT has settled; these are the
            // harness's own warm-up on top.
            .WithWarmupCount(20)
            .WithIterationCount(Iterations)
            // Let garbage collections fall where they fall, as in the running service, instead of
            // forcing one between measurements; and keep the slow measurements, they are the tail.
            .WithGcForce(false)
            .WithOutlierMode(OutlierMode.DontRemove));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
        // The whole question is the row's name; one unit for every column keeps them comparable.
        WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Microsecond).WithMaxParameterColumnWidth(100));
    }
}
