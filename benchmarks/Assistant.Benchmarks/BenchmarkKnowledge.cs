using Assistant.Knowledge.Loading;
using Assistant.Knowledge.Model;

namespace Assistant.Benchmarks;

/// <summary>
/// Finds and loads the knowledge the way the CLI does (default options, working directory first,
/// then beside the program), so the benchmarks measure the content that ships.
/// </summary>
internal static class BenchmarkKnowledge
{
    public static string LocateRoot() =>
        KnowledgeLocator.Locate(new KnowledgeOptions(), Directory.GetCurrentDirectory(), AppContext.BaseDirectory);

    public static (KnowledgeBase Knowledge, string Root) Load()
    {
        var root = LocateRoot();
        // Printed so the log of every child process shows which copy of the knowledge it measured.
        Console.WriteLine($"// knowledge root: {root}");
        return (KnowledgeLoader.Load(root), root);
    }
}
