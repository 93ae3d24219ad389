using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Storage.State;

/// <summary>
/// The stored form of conversation state: the state with the schema version it was written with, so a
/// release can tell state it understands from state an older or newer release wrote.
/// </summary>
/// <remarks>Property names are fixed here, not left to the caller's naming policy, so every release agrees on them.</remarks>
internal sealed record StateEnvelope(
    [property: JsonPropertyName(StateEnvelope.SchemaVersionProperty)] int SchemaVersion,
    [property: JsonPropertyName("updatedAt")] DateTimeOffset UpdatedAt,
    [property: JsonPropertyName(StateEnvelope.StateProperty)] JsonElement State)
{
    public const string SchemaVersionProperty = "schemaVersion";

    public const string StateProperty = "state";
}
