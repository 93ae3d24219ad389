using System.Text.Json.Serialization;
using Assistant.Channels.BotFramework.Schema;

namespace Assistant.Channels.DirectLine.Conversations;

/// <summary>Direct Line's <c>ActivitySet</c>: activities and the watermark to ask from next time.</summary>
internal sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string Watermark);
