using System.Collections.Frozen;

namespace Assistant.Channels.Authentication.Tokens;

/// <summary>
/// The issuers whose tokens take the Emulator path: the SDK's fixed list, plus the issuers of the
/// configured tenant and of the token's own <c>tid</c> (single-tenant bots, added to the SDK in 2024).
/// The SDK appends a token's tenant to a shared static list, so that one token widens what later
/// tokens may claim; here the set is computed per token and nothing is remembered.
/// </summary>
internal sealed class EmulatorIssuers
{
    // dotnet: Microsoft.Bot.Connector/Authentication/EmulatorValidation.cs, ToBotFromEmulatorTokenValidationParameters.
    private static readonly string[] Known =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",               // Auth v3.1, 1.0 token
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", // Auth v3.1, 2.0 token
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",               // Auth v3.2, 1.0 token
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", // Auth v3.2, 2.0 token
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",               // US Gov, 1.0 token
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",  // US Gov, 2.0 token
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",      // US Gov, 1.0 token
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",  // US Gov, 2.0 token
    ];

    private readonly FrozenSet<string> _fixed;

    public EmulatorIssuers(string? configuredTenantId)
    {
        _fixed = Known.Concat(ForTenant(configuredTenantId)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every issuer accepted for a token that carries <paramref name="tokenTenantId"/>.</summary>
    public IEnumerable<string> For(string? tokenTenantId) => _fixed.Concat(ForTenant(tokenTenantId));

    public bool Accepts(string issuer, string? tokenTenantId) =>
        _fixed.Contains(issuer) || ForTenant(tokenTenantId).Contains(issuer, StringComparer.Ordinal);

    // Only a GUID makes an issuer: Entra writes the tenant GUID (lower case) there, and anything
    // else ("../", a domain name) must not be spliced into a URL that is then trusted.
    private static IEnumerable<string> ForTenant(string? tenantId)
    {
        if (!Guid.TryParseExact(tenantId, "D", out var tenant))
        {
            yield break;
        }

        var id = tenant.ToString("D");
        yield return $"https://sts.windows.net/{id}/";
        yield return $"https://login.microsoftonline.com/{id}/v2.0";
        yield return $"https://login.microsoftonline.us/{id}/";
        yield return $"https://login.microsoftonline.us/{id}/v2.0";
    }
}
