using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;

namespace Assistant.Benchmarks;

/// <summary>
/// A percentile of the measurements as a summary column. BenchmarkDotNet 0.15.8 ships P0…P95 and
/// P100 (<see cref="StatisticColumn"/>) but no P99, which is what the latency target is stated in.
/// </summary>
internal sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"{nameof(PercentileColumn)}.P{percentile}";

    public string ColumnName => $"P{percentile}";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Statistics;

    // After BenchmarkDotNet's own percentile columns (P95), before Max.
    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => $"Percentile {percentile}: {percentile}% of all measurements are less than this value";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(style);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        // Measurements are in nanoseconds; show them in the summary's unit so the column lines up
        // with Mean and Median (the latency config fixes the unit to microseconds).
        var unit = style.TimeUnit ?? TimeUnit.Microsecond;
        var value = TimeUnit.Convert(statistics.Percentiles.Percentile(percentile), TimeUnit.Nanosecond, unit);
        // About four significant digits, like BenchmarkDotNet's own time columns.
        var format = value >= 100 ? "N1" : value >= 10 ? "N2" : "N3";
        var text = value.ToString(format, style.CultureInfo ?? CultureInfo.InvariantCulture);
        return style.PrintUnitsInContent ? $"{text} {unit.Abbreviation}" : text;
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
