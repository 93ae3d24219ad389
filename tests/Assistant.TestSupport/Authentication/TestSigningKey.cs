using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.TestSupport.Authentication;

/// <summary>An RSA key the tests sign with, and its JWK as a key set would publish it.</summary>
public sealed class TestSigningKey
{
    private readonly RSA _rsa;
    private readonly string[]? _endorsements;

    public TestSigningKey(string keyId, string[]? endorsements)
    {
        KeyId = keyId;
        _endorsements = endorsements;
        _rsa = RSA.Create(2048);
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The same key published under another id.</summary>
    public TestSigningKey WithKeyId(string keyId) => new(this, keyId);

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) => new(SecurityKey, algorithm);

    /// <summary>The public key as a JWK; with an <c>endorsements</c> array unless it has none.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (_endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(_endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        }

        return jwk;
    }

    private TestSigningKey(TestSigningKey source, string keyId)
    {
        KeyId = keyId;
        _endorsements = source._endorsements;
        _rsa = source._rsa;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }
}
