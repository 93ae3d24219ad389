using System.Globalization;
using Assistant.Interviews.Model;

namespace Assistant.Conversation.Routing;

/// <summary>
/// The values buttons send back. An answer (and "Tilbake") names tree, version and node, so a click
/// on an old card is recognised as stale instead of being applied to whatever question is current.
/// Ids are kebab-case and versions hex, so ':' never occurs inside a part.
/// </summary>
internal static class ChoiceValues
{
    public const string AnswerPrefix = "svar";
    public const string JournalPrefix = "journal";
    public const string ChecklistPrefix = "sjekkliste";
    public const string FeedbackPrefix = "nyttig";
    public const string BackPrefix = "tilbake";

    public static string Answer(InterviewTree tree, string nodeId, int optionIndex) =>
        string.Create(CultureInfo.InvariantCulture, $"{AnswerPrefix}:{tree.Id}:{tree.Version}:{nodeId}:{optionIndex}");

    public static string Journal(InterviewTree tree, string nodeId) => $"{JournalPrefix}:{tree.Id}:{tree.Version}:{nodeId}";

    public static string Checklist(InterviewTree tree, string nodeId) => $"{ChecklistPrefix}:{tree.Id}:{tree.Version}:{nodeId}";

    public static string Feedback(InterviewTree tree, string nodeId, bool useful) =>
        $"{FeedbackPrefix}:{(useful ? "ja" : "nei")}:{tree.Id}:{tree.Version}:{nodeId}";

    /// <summary>"Tilbake" as a button on the card of <paramref name="nodeId"/>: one step back from that node only.</summary>
    public static string Back(InterviewTree tree, string nodeId) => $"{BackPrefix}:{tree.Id}:{tree.Version}:{nodeId}";

    public static string Start(string treeId) => "start " + treeId;

    /// <summary>Reads an encoded value; <see cref="Command.None"/> when the text is not one.</summary>
    public static Command Parse(string text)
    {
        var parts = text.Split(':');
        return parts switch
        {
            [AnswerPrefix, var tree, var version, var node, var index]
                when int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var option)
                => new Command(CommandKind.Answer, TreeId: tree, TreeVersion: version, NodeId: node, Number: option),
            [JournalPrefix, var tree, var version, var node] => new Command(CommandKind.Journal, TreeId: tree, TreeVersion: version, NodeId: node),
            [ChecklistPrefix, var tree, var version, var node] => new Command(CommandKind.Checklist, TreeId: tree, TreeVersion: version, NodeId: node),
            [BackPrefix, var tree, var version, var node] => new Command(CommandKind.Back, TreeId: tree, TreeVersion: version, NodeId: node),
            [FeedbackPrefix, "ja" or "nei", var tree, var version, var node]
                => new Command(CommandKind.Feedback, TreeId: tree, TreeVersion: version, NodeId: node, Useful: parts[1] == "ja"),
            _ => Command.None,
        };
    }
}
