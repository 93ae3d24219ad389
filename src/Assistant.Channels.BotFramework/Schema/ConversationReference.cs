using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// Where a conversation can be reached again: enough to address a reply, an update, a delete or a
/// proactive message. Made by <see cref="Activity.GetConversationReference"/>.
/// </summary>
public sealed record ConversationReference
{
    /// <summary>The activity referred to (the one to reply to, update or delete), if any.</summary>
    [JsonPropertyName("activityId")]
    public string? ActivityId { get; init; }

    /// <summary>The user in the conversation.</summary>
    [JsonPropertyName("user")]
    public ChannelAccount? User { get; init; }

    /// <summary>The bot in the conversation.</summary>
    [JsonPropertyName("bot")]
    public ChannelAccount? Bot { get; init; }

    /// <summary>The conversation.</summary>
    [JsonPropertyName("conversation")]
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The channel (see <see cref="ChannelIds"/>).</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; init; }

    /// <summary>The locale of the conversation, e.g. <c>nb-NO</c>.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    /// <summary>The channel's Bot Connector endpoint.</summary>
    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; init; }

    /// <summary>Fields this type does not name, kept so that they survive a round trip. Treat as read-only.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
