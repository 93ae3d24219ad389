using System.Text.Json.Nodes;
using Assistant.Conversation.Replies;

namespace Assistant.Conversation.Rendering;

/// <summary>
/// Renders a reply as an Adaptive Card 1.5 (what Teams shows best): notices in the attention
/// colour, the lead, each passage in its own emphasised container under its citation, lists, the
/// footer, and choices as <c>Action.Submit</c> buttons that post their value back as a message.
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

        body.Add(Text(reply.Lead, weight: "Bolder"));
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
            // msteams.imBack makes Teams post the value as if the user had typed it.
            card["actions"] = new JsonArray(reply.Choices.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = c.Title,
                ["data"] = new JsonObject
                {
                    ["value"] = c.Value,
                    ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = c.Value },
                },
            }).ToArray());
        }

        return card;
    }

    private static JsonObject Text(string text, string? weight = null, string? color = null, string? size = null, bool isSubtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
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
