using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Assistant.Interviews.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Interviews.Loading;

/// <summary>
/// Reads one tree file into typed records. What the file's shape gets wrong (unknown keys, a node
/// that is both question and outcome, an unknown verdict) is reported here; everything the
/// records can express is checked by <see cref="Validation.InterviewTreeValidator"/>.
/// </summary>
internal static class InterviewTreeParser
{
    /// <summary>Hex digits of the SHA-256 kept as the version: enough to tell two edits apart.</summary>
    private const int VersionLength = 12;

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>Parses <paramref name="content"/>, the bytes of <c>&lt;fileId&gt;.yaml</c>; null when it cannot be read at all.</summary>
    public static InterviewTree? Parse(string fileId, byte[] content, List<string> problems)
    {
        TreeFile? file;
        try
        {
            file = Yaml.Deserialize<TreeFile?>(Encoding.UTF8.GetString(content));
        }
        catch (YamlException e)
        {
            problems.Add($"{fileId}: not a valid tree file: {Flatten(e)}");
            return null;
        }

        if (file is null)
        {
            problems.Add($"{fileId}: the file is empty.");
            return null;
        }

        var role = file.Role switch
        {
            "helse" => InterviewRole.Helse,
            "politi" => InterviewRole.Politi,
            "annet" => InterviewRole.Annet,
            _ => (InterviewRole?)null,
        };
        if (role is null)
        {
            problems.Add($"{fileId}: role '{file.Role}' is not one of helse, politi, annet.");
        }

        var nodes = new Dictionary<string, InterviewNode>(StringComparer.Ordinal);
        foreach (var (id, node) in file.Nodes ?? [])
        {
            var parsed = ParseNode(fileId, id, node, problems);
            if (parsed is not null)
            {
                nodes[id] = parsed;
            }
        }

        return new InterviewTree(
            file.Id ?? "",
            Version(content),
            Text(file.Title),
            role ?? InterviewRole.Annet,
            Text(file.Description),
            Texts(file.Triggers),
            file.Start ?? "",
            nodes.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The tree's version: a short SHA-256 of the file's bytes.</summary>
    public static string Version(byte[] content) =>
        Convert.ToHexStringLower(SHA256.HashData(content))[..VersionLength];

    private static InterviewNode? ParseNode(string fileId, string id, TreeFile.NodeFile? node, List<string> problems)
    {
        var where = $"{fileId}: node '{id}'";
        if (node is null || (node.Question is null && node.Outcome is null))
        {
            problems.Add($"{where} is neither a question nor an outcome.");
            return null;
        }

        if (node.Question is not null && node.Outcome is not null)
        {
            problems.Add($"{where} is both a question and an outcome.");
            return null;
        }

        if (node.Outcome is { } outcome)
        {
            if (node.Why is not null || node.Options is not null || node.Cites is not null)
            {
                problems.Add($"{where}: an outcome node has only 'outcome'; put 'cites' inside it.");
            }

            if (!VerdictNames.TryParse(outcome.Verdict, out var verdict))
            {
                problems.Add($"{where}: verdict '{outcome.Verdict}' is not one of plikt, rett, ikke-adgang, vurderes, veiledning, avklar.");
            }

            return new OutcomeNode(id, new InterviewOutcome(
                verdict,
                Text(outcome.Headline),
                Texts(outcome.Basis),
                Texts(outcome.Steps),
                Texts(outcome.Caveats),
                Texts(outcome.Cites),
                Text(outcome.AskWhom),
                outcome.Journal is null ? null : Text(outcome.Journal),
                Texts(outcome.Checklist)));
        }

        return new QuestionNode(
            id,
            Text(node.Question),
            Text(node.Why),
            Texts(node.Cites),
            (node.Options ?? []).Select(o => new InterviewOption(Text(o.Answer), o.Next ?? "", o.Unsure)).ToArray());
    }

    private static string Text(string? text) => text?.Trim() ?? "";

    private static string[] Texts(List<string>? texts) => texts?.Select(Text).ToArray() ?? [];

    private static string Flatten(YamlException e) =>
        e.InnerException is { } inner ? $"{e.Start}: {inner.Message}" : $"{e.Start}: {e.Message}";
}
