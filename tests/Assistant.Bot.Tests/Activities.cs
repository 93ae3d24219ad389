using System.Text.Json.Nodes;

namespace Assistant.Bot.Tests;

/// <summary>Incoming activities as channels send them.</summary>
internal static class Activities
{
    public static JsonObject Message(string text, string channelId = "webchat", string conversationId = "conv-1", string serviceUrl = "http://127.0.0.1:9/") => new()
    {
        ["type"] = "message",
        ["id"] = "act-" + Guid.NewGuid().ToString("N")[..8],
        ["timestamp"] = "2026-11-23T10:00:00Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Bruker", ["role"] = "user" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Veileder", ["role"] = "bot" },
        ["text"] = text,
        ["locale"] = "nb-NO",
        ["channelData"] = new JsonObject { ["clientActivityID"] = "client-1", ["custom"] = new JsonArray(1, 2) },
    };

    public static JsonObject Of(string type, string channelId = "webchat")
    {
        var activity = Message("", channelId);
        activity["type"] = type;
        activity.Remove("text");
        return activity;
    }
}
