using System.Text.Json.Serialization;

namespace Assistant.Channels.DirectLine.Endpoints;

/// <summary>Direct Line's <c>Conversation</c>: the answer to starting, reconnecting, generating or refreshing.</summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);
