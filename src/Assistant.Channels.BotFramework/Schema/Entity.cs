using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// Metadata attached to an activity (<c>mention</c>, <c>clientInfo</c>, <c>ClientCapabilities</c>, …).
/// Only <c>type</c> is common to all; the rest of each entity stays in <see cref="Properties"/>.
/// </summary>
public sealed record Entity
{
    /// <summary>The kind of entity.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Every other field of the entity. Treat as read-only.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
