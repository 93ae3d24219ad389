using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    /// <summary>Whether the conversation has more than two participants.</summary>
    [JsonPropertyName("isGroup")]
    public bool? IsGroup { get; init; }

    /// <summary>Channel-specific kind of conversation (Teams: <c>personal</c>, <c>groupChat</c>, <c>channel</c>).</summary>
    [JsonPropertyName("conversationType")]
    public string? ConversationType { get; init; }

    /// <summary>The conversation's id; every operation on the Bot Connector is addressed by it.</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The tenant the conversation lives in (Teams).</summary>
    [JsonPropertyName("tenantId")]
    public string? TenantId { get; init; }

    /// <summary>The conversation's object id in Microsoft Entra ID, where the channel knows it.</summary>
    [JsonPropertyName("aadObjectId")]
    public string? AadObjectId { get; init; }

    /// <summary>Role of the entity behind the account, when the channel sends one.</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>Fields this type does not name, kept so that they survive a round trip. Treat as read-only.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
