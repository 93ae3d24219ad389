using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>Buttons offered with a message, which disappear once one is used.</summary>
public sealed record SuggestedActions
{
    /// <summary>Ids of the recipients who should see the actions; all when absent.</summary>
    [JsonPropertyName("to")]
    public IReadOnlyList<string>? To { get; init; }

    /// <summary>The actions.</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Fields this type does not name, kept so that they survive a round trip. Treat as read-only.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
