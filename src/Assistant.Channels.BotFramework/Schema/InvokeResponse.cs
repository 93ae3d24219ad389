using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// The answer to an <c>invoke</c> activity. On the wire it is not an envelope: the HTTP status is
/// <see cref="Status"/> and the HTTP body is <see cref="Body"/>.
/// </summary>
/// <param name="Status">The HTTP status code to answer with.</param>
/// <param name="Body">The JSON body, if any.</param>
public sealed record InvokeResponse(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("body")] JsonElement? Body = null);
