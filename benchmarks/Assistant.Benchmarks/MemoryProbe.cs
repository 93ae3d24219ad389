using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Assistant.Knowledge.Loading;
using Assistant.Search;

namespace Assistant.Benchmarks;

/// <summary>
/// The <c>--memory</c> mode: how much managed memory the loaded knowledge and the search index keep
/// alive (target: at most 50 MB). Outside BenchmarkDotNet, whose MemoryDiagnoser counts bytes
/// allocated, not bytes retained.
/// </summary>
internal static class MemoryProbe
{
    private const double Megabyte = 1024 * 1024;

    public static int Run()
    {
        var root = BenchmarkKnowledge.LocateRoot();
        var baseline = RetainedBytes();
        var workingSetBefore = WorkingSet();

        // Timed here too because this is the only cold start in the project: the benchmarks measure
        // load and build after the JIT has compiled them, which a program started once never sees.
        var clock = Stopwatch.StartNew();
        var knowledge = KnowledgeLoader.Load(root);
        var loadTime = clock.Elapsed;
        var afterKnowledge = RetainedBytes();
        clock.Restart();
        var search = SearchEngine.Create(knowledge, root, new SearchOptions());
        var buildTime = clock.Elapsed;
        var afterSearch = RetainedBytes();
        var workingSetAfter = WorkingSet();
        var committedAfter = GC.GetGCMemoryInfo(GCKind.Any).TotalCommittedBytes;

        // The first question after start-up pays for JIT compilation; a one-shot CLI call sees this.
        clock.Restart();
        var first = search.Search(BenchmarkQuestions.All[0]);
        var firstSearchTime = clock.Elapsed;

        // Both must stay reachable until every figure has been read, or the GC could free them early.
        GC.KeepAlive(knowledge);
        GC.KeepAlive(search);

        Print("knowledge root", root);
        Print("GC", $"{(GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} processors");
        Print("managed heap, knowledge loaded", Mb(afterKnowledge - baseline));
        Print("managed heap, search index", Mb(afterSearch - afterKnowledge));
        Print("managed heap, knowledge + search", Mb(afterSearch - baseline));
        Print("working set before loading", Mb(workingSetBefore));
        Print("working set after building", Mb(workingSetAfter));
        Print("peak working set", Mb(PeakWorkingSet()));
        // The working set also holds the runtime, loaded assemblies and JIT-compiled code; the GC's
        // committed memory shows how much of it the managed heap accounts for.
        Print("GC committed after building", Mb(committedAfter));
        Print("load knowledge (cold)", Ms(loadTime));
        Print("build search (cold)", Ms(buildTime));
        Print("first search (cold)", $"{Ms(firstSearchTime)} ({first.Outcome})");
        return 0;
    }

    /// <summary>Bytes on the managed heap after a full, compacting, blocking collection.</summary>
    private static long RetainedBytes()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        // Finalizers may have released more; collect what they let go.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static string Mb(long bytes) => $"{(bytes / Megabyte).ToString("F1", CultureInfo.InvariantCulture)} MB";

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture)} ms";

    private static void Print(string label, string value) => Console.WriteLine($"{label,-34} {value}");
}
