using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;
using Assistant.Search;
using BenchmarkDotNet.Attributes;

namespace Assistant.Benchmarks;

/// <summary>
/// Start-up cost of the search: <see cref="SearchEngine.Create"/> reads the word lists and indexes
/// every passage in memory. Target: at most 300 ms. Loading the knowledge is measured separately,
/// so the build figure is not blurred by parsing Markdown.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[MaxColumn]
// One build per measurement, as at start-up, after a full GC (BenchmarkDotNet's default between
// iterations); a build takes around a hundred milliseconds, far above the timer's resolution.
[SimpleJob(warmupCount: 3, iterationCount: 30)]
[InvocationCount(1)]
public class IndexBuildBenchmark
{
    private readonly SearchOptions _options = new();
    private KnowledgeBase _knowledge = null!;
    private string _root = null!;

    [GlobalSetup]
    public void Setup() => (_knowledge, _root) = BenchmarkKnowledge.Load();

    /// <summary>What the 300 ms target is about.</summary>
    [Benchmark]
    public IPassageSearch BuildSearch() => SearchEngine.Create(_knowledge, _root, _options);

    /// <summary>The other half of start-up, for context: parsing and validating the sources.</summary>
    [Benchmark]
    public KnowledgeBase LoadKnowledge() => KnowledgeLoader.Load(_root);
}
