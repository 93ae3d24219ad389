using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>A file or card attached to an activity.</summary>
public sealed record Attachment
{
    /// <summary>Media type of the content, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    [JsonPropertyName("contentType")]
    public string? ContentType { get; init; }

    /// <summary>Where the content can be downloaded, when it is not inline.</summary>
    [JsonPropertyName("contentUrl")]
    public string? ContentUrl { get; init; }

    /// <summary>Inline content (a card), kept as raw JSON so that it round-trips exactly.</summary>
    [JsonPropertyName("content")]
    public JsonElement? Content { get; init; }

    /// <summary>File name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Thumbnail shown by channels that support one.</summary>
    [JsonPropertyName("thumbnailUrl")]
    public string? ThumbnailUrl { get; init; }

    /// <summary>Fields this type does not name, kept so that they survive a round trip. Treat as read-only.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
