using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>What the Bot Connector answers to a send, reply or update: the id it gave the activity.</summary>
/// <param name="Id">The activity's id on the channel; absent when the channel assigns none.</param>
public sealed record ResourceResponse([property: JsonPropertyName("id")] string? Id);
