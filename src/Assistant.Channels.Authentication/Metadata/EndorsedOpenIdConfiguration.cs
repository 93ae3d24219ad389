using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.Authentication.Metadata;

/// <summary>
/// OpenID metadata with its signing keys and, read from the same key-set document, each key's
/// <c>endorsements</c> (the channel ids it may sign for), which IdentityModel's JsonWebKey drops.
/// Keys and endorsements therefore always belong to the same fetch; the SDK caches them separately
/// and can, around a key rotation, know a key without knowing its endorsements.
/// </summary>
internal sealed class EndorsedOpenIdConfiguration : OpenIdConnectConfiguration
{
    public EndorsedOpenIdConfiguration(string metadataJson)
        : base(metadataJson)
    {
    }

    /// <summary>The number of the fetch that produced this configuration (<see cref="MetadataRetrievalSignal"/>).</summary>
    public long Generation { get; init; }

    /// <summary>Endorsements by key id; a key id that is absent has no endorsements at all.</summary>
    public IReadOnlyDictionary<string, FrozenSet<string>> Endorsements { get; private set; } =
        FrozenDictionary<string, FrozenSet<string>>.Empty;

    /// <summary>Fills in the keys; called once by the retriever before the configuration is published.</summary>
    public void LoadKeySet(string keySetJson)
    {
        JsonWebKeySet = new JsonWebKeySet(keySetJson);
        foreach (var key in JsonWebKeySet.GetSigningKeys())
        {
            SigningKeys.Add(key);
        }

        Endorsements = ReadEndorsements(keySetJson);
    }

    /// <summary>The published signing key with this id, or null.</summary>
    public SecurityKey? FindSigningKey(string keyId) =>
        SigningKeys.FirstOrDefault(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    private static FrozenDictionary<string, FrozenSet<string>> ReadEndorsements(string keySetJson)
    {
        var endorsements = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keySetJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            return endorsements.ToFrozenDictionary(StringComparer.Ordinal);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys.EnumerateArray())
        {
            if (key.ValueKind != JsonValueKind.Object
                || !key.TryGetProperty("kid", out var kid)
                || kid.ValueKind != JsonValueKind.String
                || kid.GetString() is not { } keyId
                || !seen.Add(keyId))
            {
                // As in the SDK, the first key with a given id decides.
                continue;
            }

            if (key.TryGetProperty("endorsements", out var values) && values.ValueKind == JsonValueKind.Array)
            {
                endorsements[keyId] = values.EnumerateArray()
                    .Where(value => value.ValueKind == JsonValueKind.String)
                    .Select(value => value.GetString()!)
                    .ToFrozenSet(StringComparer.Ordinal);
            }
        }

        return endorsements.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
