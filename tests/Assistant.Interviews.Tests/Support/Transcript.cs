using System.Globalization;
using System.Text;
using Assistant.Conversation.Rendering;
using Assistant.Conversation.Turns;
using Assistant.Interviews.Walking;

namespace Assistant.Interviews.Tests.Support;

/// <summary>
/// Runs a transcript file against the conversation engine. The format, one line each:
/// <code>
/// # comment
/// ## scenario title        starts a fresh conversation (fresh state)
/// > text                   a user turn typed exactly as in `chat`
/// >> value                 a button click that sends this raw value (e.g. an old card's answer button);
///                          {version} in it stands for the current version of the tree the value
///                          names (versions are content hashes, so a file cannot spell them)
/// &lt; text                   the plain-text rendering of the replies to the last turn contains this (case-sensitive)
/// &lt;! text                  ... does not contain this
/// = tree-id/node-id        after the last turn the interview is at this node (question or outcome;
///                          while an answer is being changed, the question being changed)
/// </code>
/// Blank lines are ignored. Typed numbers pick the choices the assistant last offered, as in `chat`.
/// </summary>
internal static class Transcript
{
    /// <summary>Runs <paramref name="path"/>; returns every (tree, node) reached, and throws with the line on the first failed expectation.</summary>
    public static IReadOnlySet<string> Run(string path)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var state = DialogState.Empty;
        var output = "";
        var turns = 0;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}:{i + 1}");
            if (line.Length == 0 || line.StartsWith("# ", StringComparison.Ordinal) || line == "#")
            {
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                state = DialogState.Empty;
                output = "";
                turns = 0;
                continue;
            }

            var (marker, text) = Split(line, where);
            switch (marker)
            {
                case ">" or ">>":
                    var turn = marker == ">" ? new UserTurn(text) : new UserTurn(null, WithVersion(text));
                    var answered = TranscriptEngine.Engine.Respond(turn, state);
                    state = answered.State;
                    output = string.Concat(answered.Result.Replies.Select(PlainTextRenderer.Render));
                    turns++;
                    if (Position(state) is { } reachedNode)
                    {
                        reached.Add(reachedNode);
                    }

                    break;
                case "<":
                    Expect(turns > 0 && output.Contains(text, StringComparison.Ordinal), where, $"the replies do not contain «{text}»", output);
                    break;
                case "<!":
                    Expect(turns > 0 && !output.Contains(text, StringComparison.Ordinal), where, $"the replies contain «{text}»", output);
                    break;
                case "=":
                    var position = Position(state);
                    Expect(turns > 0 && position == text, where, $"the interview is at «{position ?? "no interview"}», not «{text}»", output);
                    break;
            }
        }

        return reached;
    }

    /// <summary>Where the interview in <paramref name="state"/> stands, as tree-id/node-id.</summary>
    public static string? Position(DialogState state)
    {
        if (state.Interview is not { } session || !TranscriptEngine.Catalog.TryGet(session.TreeId, out var tree)
            || !InterviewWalker.TryReplay(tree, session, out var path))
        {
            return null;
        }

        var node = session.Changing is { } changing ? path.Steps[changing].Question : path.Current;
        return $"{tree.Id}/{node.Id}";
    }

    private static string WithVersion(string value)
    {
        var tree = value.Split(':').Skip(1).Select(id => TranscriptEngine.Catalog.TryGet(id, out var t) ? t : null).FirstOrDefault(t => t is not null);
        return tree is null ? value : value.Replace("{version}", tree.Version, StringComparison.Ordinal);
    }

    private static (string Marker, string Text) Split(string line, string where)
    {
        foreach (var marker in new[] { ">>", "<!", ">", "<", "=" })
        {
            if (line.StartsWith(marker + " ", StringComparison.Ordinal))
            {
                return (marker, line[(marker.Length + 1)..]);
            }
        }

        throw new TranscriptException($"{where}: not a transcript line: «{line}»");
    }

    private static void Expect(bool condition, string where, string problem, string output)
    {
        if (!condition)
        {
            throw new TranscriptException(new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"{where}: {problem}.")
                .AppendLine("The replies were:")
                .Append(output)
                .ToString());
        }
    }
}
