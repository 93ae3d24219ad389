using System.Text.Json;

namespace Assistant.Storage;

/// <summary>A document as stored, with the ETag to write it back with (the SDK's <c>IStoreItem</c>).</summary>
/// <param name="Key">The key it is stored under.</param>
/// <param name="Document">The JSON document, detached from any <see cref="JsonDocument"/> so it outlives the read.</param>
/// <param name="ETag">The version stored; pass it in <see cref="StoreChange.ETag"/> to write only if nobody wrote since.</param>
public sealed record StoreItem(string Key, JsonElement Document, string ETag);
