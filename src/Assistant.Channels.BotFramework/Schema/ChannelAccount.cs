using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>A user or bot taking part in a conversation (<c>from</c>, <c>recipient</c>, members).</summary>
public sealed record ChannelAccount
{
    /// <summary>The channel's id for the account (Teams: <c>29:…</c> for users, <c>28:&lt;appId&gt;</c> for bots).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The account's object id in Microsoft Entra ID, where the channel knows it.</summary>
    [JsonPropertyName("aadObjectId")]
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c>, <c>bot</c> or <c>skill</c> (see <see cref="RoleTypes"/>).</summary>
    [JsonPropertyName("role")]
    public string? Role { get; init; }

    /// <summary>Fields this type does not name, kept so that they survive a round trip. Treat as read-only.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
