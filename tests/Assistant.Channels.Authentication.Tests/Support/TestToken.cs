using System.Text;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.Authentication.Tests.Support;

/// <summary>A token to mint: valid by default, each test changes what it is about.</summary>
public sealed class TestToken
{
    public const string AppId = "5e1b1a7c-33a4-4f43-9a37-0f6d2f8f1f10";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorV1Tenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    public const string EmulatorV2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";
    public const string EmulatorV2Tenant = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public TestSigningKey Key { get; set; } = TestKeys.Channel;

    public string Algorithm { get; set; } = SecurityAlgorithms.RsaSha256;

    public string? Issuer { get; set; }

    public object? Audience { get; set; }

    public DateTimeOffset? NotBefore { get; set; }

    public DateTimeOffset? Expires { get; set; }

    public Dictionary<string, object> Claims { get; } = new(StringComparer.Ordinal);

    /// <summary>What the Bot Framework sends: aud = app id, serviceurl, valid for an hour.</summary>
    public static TestToken Channel(FakeTimeProvider time)
    {
        var token = Timed(time);
        token.Issuer = ChannelIssuer;
        token.Audience = AppId;
        token.Claims["serviceurl"] = ServiceUrl;
        return token;
    }

    /// <summary>What the Emulator sends with a v1 Entra token: appid = app id.</summary>
    public static TestToken EmulatorV1(FakeTimeProvider time)
    {
        var token = Timed(time);
        token.Key = TestKeys.Emulator;
        token.Issuer = EmulatorV1Issuer;
        token.Audience = "https://api.botframework.com";
        token.Claims["ver"] = "1.0";
        token.Claims["appid"] = AppId;
        token.Claims["tid"] = EmulatorV1Tenant;
        return token;
    }

    /// <summary>What the Emulator sends with a v2 Entra token: azp = app id.</summary>
    public static TestToken EmulatorV2(FakeTimeProvider time)
    {
        var token = Timed(time);
        token.Key = TestKeys.Emulator;
        token.Issuer = EmulatorV2Issuer;
        token.Audience = AppId;
        token.Claims["ver"] = "2.0";
        token.Claims["azp"] = AppId;
        token.Claims["tid"] = EmulatorV2Tenant;
        return token;
    }

    public string Sign() => Sign(Key.Credentials(Algorithm));

    public string Sign(SigningCredentials credentials)
    {
        var claims = new Dictionary<string, object>(Claims, StringComparer.Ordinal);
        if (Audience is not null)
        {
            claims["aud"] = Audience;
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            NotBefore = NotBefore?.UtcDateTime,
            Expires = Expires?.UtcDateTime,
            Claims = claims,
            SigningCredentials = credentials,
        });
    }

    /// <summary>The header and payload as the signer made them, with no signature at all.</summary>
    public string WithoutSignature(string algorithm)
    {
        var parts = Sign().Split('.');
        var header = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[0])).Replace("\"RS256\"", $"\"{algorithm}\"", StringComparison.Ordinal);
        return $"{Base64UrlEncoder.Encode(header)}.{parts[1]}.";
    }

    /// <summary>A signed token whose payload was then changed (the signature no longer matches).</summary>
    public string Tampered(string from, string to)
    {
        var parts = Sign().Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        Assert.Contains(from, payload, StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.Replace(from, to, StringComparison.Ordinal))}.{parts[2]}";
    }

    private static TestToken Timed(FakeTimeProvider time)
    {
        var now = time.GetUtcNow();
        return new TestToken { NotBefore = now.AddMinutes(-1), Expires = now.AddHours(1) };
    }
}
