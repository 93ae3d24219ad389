using Assistant.Interviews.Tests.Support;

namespace Assistant.Interviews.Tests.Conversation;

/// <summary>
/// One theory row per file in <c>Transcripts/</c> (the format is described on
/// <see cref="Transcript"/>), and the check that together they reach every outcome of every tree.
/// </summary>
public class TranscriptTests
{
    public static TheoryData<string> Files() => new(TranscriptFiles().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Run_TranscriptFile_EveryExpectationHolds(string file)
    {
        Transcript.Run(Path.Combine(TranscriptFolder, file));
    }

    [Fact]
    public void Run_AllTranscripts_ReachEveryOutcomeOfEveryTree()
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in TranscriptFiles())
        {
            try
            {
                reached.UnionWith(Transcript.Run(file));
            }
            catch (TranscriptException)
            {
                // A failing transcript fails its own row; what it reaches does not count here.
            }
        }

        var missing = TranscriptEngine.Catalog.Trees
            .Where(t => t.Id != TestTree.Id)
            .SelectMany(t => t.Outcomes.Select(o => $"{t.Id}/{o.Id}"))
            .Where(o => !reached.Contains(o))
            .ToArray();

        Assert.True(missing.Length == 0, "Outcomes no transcript reaches:\n" + string.Join("\n", missing));
    }

    private static string TranscriptFolder => Path.Combine(AppContext.BaseDirectory, "Transcripts");

    private static string[] TranscriptFiles() =>
        Directory.GetFiles(TranscriptFolder, "*.txt").Order(StringComparer.Ordinal).ToArray();
}
