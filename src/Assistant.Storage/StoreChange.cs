using System.Text.Json;

namespace Assistant.Storage;

/// <summary>One document to write and the condition it is written under.</summary>
/// <param name="Key">The key to write.</param>
/// <param name="Document">The JSON document; any JSON value except an undefined <see cref="JsonElement"/>.</param>
/// <param name="ETag">
/// The condition: <see langword="null"/> or <see cref="StoreETag.Any"/> writes unconditionally;
/// <see cref="StoreETag.Absent"/> writes only if nothing is stored under the key; any other value writes only
/// if it is the ETag stored now (so a key deleted since it was read is a conflict too).
/// </param>
public sealed record StoreChange(string Key, JsonElement Document, string? ETag = null);
