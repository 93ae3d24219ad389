using Assistant.Conversation;
using Assistant.Conversation.Feedback;
using Assistant.Conversation.Turns;
using Assistant.Interviews.Loading;
using Assistant.Search;
using BenchmarkDotNet.Attributes;

namespace Assistant.Benchmarks;

/// <summary>
/// Latency of one turn inside an interview, in process: privacy screening, command parsing, the
/// answer read from the text (or the click checked), the session replayed on the tree, and the
/// next question's reply built. Target: median at most 1 ms. The state is the one the bot would
/// have stored after "start helse-gir-opplysninger", so each call does the work of a real turn.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class InterviewTurnBenchmark
{
    private const string TreeId = "helse-gir-opplysninger";

    private ConversationEngine _engine = null!;
    private DialogState _atFirstQuestion = null!;
    private UserTurn _click = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (knowledge, root) = BenchmarkKnowledge.Load();
        var catalog = InterviewTreeLoader.Load(root, knowledge);
        _engine = new ConversationEngine(SearchEngine.Create(knowledge, root, new SearchOptions()), new SearchOptions(), catalog, knowledge.Glossary, NullFeedbackRecorder.Instance);
        _atFirstQuestion = _engine.Respond(new UserTurn("start " + TreeId), DialogState.Empty).State;
        _click = new UserTurn(null, _atFirstQuestion.LastChoices[0].Value);
    }

    /// <summary>The option's number typed, as in the CLI.</summary>
    [Benchmark(Baseline = true)]
    public DialogTurn TypedNumber() => _engine.Respond(new UserTurn("1"), _atFirstQuestion);

    /// <summary>A button clicked: the value names tree, version, node and option and is checked against the state.</summary>
    [Benchmark]
    public DialogTurn Click() => _engine.Respond(_click, _atFirstQuestion);

    /// <summary>The unsure option's words with a typo: the slowest way to read an answer (edit distances).</summary>
    [Benchmark]
    public DialogTurn TypedWordsWithTypo() => _engine.Respond(new UserTurn("usikre"), _atFirstQuestion);
}
