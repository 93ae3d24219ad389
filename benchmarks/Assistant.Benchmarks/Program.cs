using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Assistant.Benchmarks;

/// <summary>
/// Runs the benchmarks (BenchmarkDotNet's usual arguments, e.g. <c>--filter '*'</c>), or with
/// <c>--memory</c> the retained-memory measurement, which must not run inside the harness.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--memory", StringComparer.Ordinal))
        {
            return MemoryProbe.Run();
        }

        // Results and logs go beside the program, under bin/, not into whatever the working
        // directory is (the repository root, when run with dotnet run --project); --artifacts overrides.
        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        // A benchmark that failed to build or run must fail the command, not just print "NA".
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
