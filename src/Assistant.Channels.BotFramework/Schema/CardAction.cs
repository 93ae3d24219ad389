using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>A clickable action (suggested action or card button).</summary>
public sealed record CardAction
{
    /// <summary><c>imBack</c>, <c>messageBack</c>, <c>openUrl</c>, <c>postBack</c>, …</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>Text on the button.</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>Image on the button.</summary>
    [JsonPropertyName("image")]
    public string? Image { get; init; }

    /// <summary>Alternative text of <see cref="Image"/>.</summary>
    [JsonPropertyName("imageAltText")]
    public string? ImageAltText { get; init; }

    /// <summary>Text sent to the bot (<c>messageBack</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Text shown in the chat when the button is clicked (<c>messageBack</c>).</summary>
    [JsonPropertyName("displayText")]
    public string? DisplayText { get; init; }

    /// <summary>The action's value: a string for <c>imBack</c>/<c>openUrl</c>, any JSON for <c>messageBack</c>.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    /// <summary>Channel-specific data.</summary>
    [JsonPropertyName("channelData")]
    public JsonElement? ChannelData { get; init; }

    /// <summary>Fields this type does not name, kept so that they survive a round trip. Treat as read-only.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
