using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Interviews.Model;
using Assistant.Interviews.Walking;

namespace Assistant.Conversation.Routing;

/// <summary>
/// Reads the typed commands (in bokmål, forgiving case, diacritics and punctuation) and the values
/// of buttons. Commands are checked before a text is read as an answer, so none of them may be a
/// plausible answer; the role words ("helse", "politi") count only outside a question.
/// </summary>
internal static partial class CommandParser
{
    private static readonly FrozenDictionary<string, CommandKind> Words = new Dictionary<string, CommandKind>
    {
        ["meny"] = CommandKind.Menu, ["menu"] = CommandKind.Menu, ["hovedmeny"] = CommandKind.Menu, ["start"] = CommandKind.Menu,
        ["hjelp"] = CommandKind.Help, ["help"] = CommandKind.Help,
        ["tilbake"] = CommandKind.Back, ["ga tilbake"] = CommandKind.Back, ["forrige"] = CommandKind.Back, ["angre"] = CommandKind.Back,
        ["start pa nytt"] = CommandKind.Restart, ["begynn pa nytt"] = CommandKind.Restart, ["restart"] = CommandKind.Restart, ["omstart"] = CommandKind.Restart,
        ["hvorfor"] = CommandKind.Why, ["hvorfor spor du"] = CommandKind.Why, ["hvorfor spor du om dette"] = CommandKind.Why, ["hvorfor det"] = CommandKind.Why,
        ["mine svar"] = CommandKind.MyAnswers, ["vis mine svar"] = CommandKind.MyAnswers, ["svarene mine"] = CommandKind.MyAnswers, ["vis svar"] = CommandKind.MyAnswers,
        ["avbryt"] = CommandKind.Leave, ["avslutt intervju"] = CommandKind.Leave, ["avslutt intervjuet"] = CommandKind.Leave,
        ["avbryt intervju"] = CommandKind.Leave, ["avbryt intervjuet"] = CommandKind.Leave, ["avslutt veiledningen"] = CommandKind.Leave,
        ["fortsett"] = CommandKind.Resume, ["fortsett intervjuet"] = CommandKind.Resume, ["videre"] = CommandKind.Resume,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, InterviewRole> Roles = new Dictionary<string, InterviewRole>
    {
        ["meny helse"] = InterviewRole.Helse, ["meny politi"] = InterviewRole.Politi, ["meny annet"] = InterviewRole.Annet,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, InterviewRole> RoleWords = new Dictionary<string, InterviewRole>
    {
        ["helsepersonell"] = InterviewRole.Helse, ["helse"] = InterviewRole.Helse, ["helsetjenesten"] = InterviewRole.Helse,
        ["politiet"] = InterviewRole.Politi, ["politi"] = InterviewRole.Politi,
        ["annet"] = InterviewRole.Annet, ["andre"] = InterviewRole.Annet,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The command in <paramref name="text"/>; <paramref name="inQuestion"/> when a question awaits an answer.</summary>
    public static Command Parse(string text, bool inQuestion)
    {
        var trimmed = text.Trim();
        var encoded = ChoiceValues.Parse(trimmed);
        if (encoded.Kind != CommandKind.None)
        {
            return encoded;
        }

        var start = StartTree().Match(trimmed);
        if (start.Success)
        {
            return new Command(CommandKind.StartTree, TreeId: start.Groups["id"].Value.ToLowerInvariant());
        }

        var folded = TextFolding.Fold(trimmed);
        if (Words.TryGetValue(folded, out var kind))
        {
            return new Command(kind);
        }

        if (Roles.TryGetValue(folded, out var role) || (!inQuestion && RoleWords.TryGetValue(folded, out role)))
        {
            return new Command(CommandKind.RoleMenu, Role: role);
        }

        var change = Change().Match(folded);
        return change.Success
            ? new Command(CommandKind.Change, Number: int.Parse(change.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture))
            : Command.None;
    }

    [GeneratedRegex(@"^start\s+(?<id>[a-z0-9]+(?:-[a-z0-9]+)+|(?!pa\b|på\b)[a-z0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartTree();

    [GeneratedRegex(@"^endre (?:svar )?(?:nr )?(?<n>\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex Change();
}
