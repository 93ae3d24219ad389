using System.Text.Json.Nodes;
using Assistant.Conversation.Replies;

namespace Assistant.Conversation.Rendering;

/// <summary>
/// Renders a reply as an Adaptive Card 1.5 (what Teams shows best): notices in the attention
/// colour, the lead, each passage in its own emphasised container under its citation, lists, the
/// footer, and choices as <c>Action.Submit</c> buttons that post their value back as a message.
/// An outcome's verdict is the card's title; sections (basis, steps, caveats) follow the lead.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public static JsonObject Render(AssistantReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray();
        foreach (var notice in reply.Notices)
        {
            body.Add(Text(notice, color: "Attention"));
        }

        if (reply.Title is not null)
        {
            body.Add(Text(reply.Title, weight: "Bolder", size: "Large", color: reply.Kind == ReplyKind.Outcome ? "Accent" : null));
        }

        body.Add(Text(reply.Lead, weight: "Bolder"));
        foreach (var section in reply.Sections)
        {
            body.Add(Text(section.Heading, weight: "Bolder", size: "Small"));
            var lines = section.Items.Select((item, i) => section.Style switch
            {
                ReplySectionStyle.Numbered => $"{i + 1}. {item}",
                ReplySectionStyle.Bullets => "- " + item,
                _ => item,
            });
            body.Add(section.Style == ReplySectionStyle.Text
                ? new JsonObject
                {
                    ["type"] = "Container",
                    ["style"] = "emphasis",
                    ["items"] = new JsonArray(lines.Select(l => (JsonNode)Text(l, fontType: "Monospace")).ToArray()),
                }
                : Text(string.Join("\n", lines)));
        }

        for (var i = 0; i < reply.Passages.Count; i++)
        {
            var passage = reply.Passages[i];
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["style"] = "emphasis",
                ["spacing"] = "Medium",
                ["items"] = new JsonArray(
                    Text($"{i + 1}. {passage.Citation}", weight: "Bolder", size: "Small"),
                    Text(passage.Text)),
            });
        }

        if (reply.Bullets.Count > 0)
        {
            body.Add(Text(string.Join("\n", reply.Bullets.Select(b => "- " + b))));
        }

        if (reply.Footer is not null)
        {
            body.Add(Text(reply.Footer, isSubtle: true, size: "Small"));
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (reply.Choices.Count > 0)
        {
            card["actions"] = new JsonArray(reply.Choices.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = c.Title,
                ["data"] = new JsonObject
                {
                    ["value"] = c.Value,
                    ["msteams"] = TeamsAction(c),
                },
            }).ToArray());
        }

        return card;
    }

    /// <summary>
    /// When the value is words a user could type, <c>imBack</c> makes Teams post it as if typed. An
    /// encoded value (an interview answer names tree, version, node and option) would read as noise
    /// in the chat, so <c>messageBack</c> shows the title and sends the value out of sight.
    /// </summary>
    private static JsonObject TeamsAction(ReplyChoice choice) => choice.Title == choice.Value
        ? new JsonObject { ["type"] = "imBack", ["value"] = choice.Value }
        : new JsonObject { ["type"] = "messageBack", ["displayText"] = choice.Title, ["text"] = choice.Value };

    private static JsonObject Text(string text, string? weight = null, string? color = null, string? size = null, bool isSubtle = false, string? fontType = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (fontType is not null)
        {
            block["fontType"] = fontType;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (isSubtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }
}
