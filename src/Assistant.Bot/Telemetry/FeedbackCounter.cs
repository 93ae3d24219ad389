using System.Diagnostics;
using System.Diagnostics.Metrics;
using Assistant.Conversation.Feedback;

namespace Assistant.Bot.Telemetry;

/// <summary>
/// Counts the answers to "Var dette nyttig?" as a metric, tagged with the tree, the outcome and
/// the vote only: no text, no conversation, no user. Tree and outcome ids come from the loaded
/// trees (the engine checks them), so the tags cannot carry what a user typed.
/// </summary>
internal sealed class FeedbackCounter(IMeterFactory meterFactory) : IFeedbackRecorder
{
    private readonly Counter<long> _votes = meterFactory.Create(BotTelemetry.Name)
        .CreateCounter<long>("assistant.interview.feedback", description: "Answers to «Var dette nyttig?» per interview outcome");

    public void Record(string treeId, string outcomeId, bool useful) =>
        _votes.Add(1, new TagList { { "tree", treeId }, { "outcome", outcomeId }, { "useful", useful } });
}
