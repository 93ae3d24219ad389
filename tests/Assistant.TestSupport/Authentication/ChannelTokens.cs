using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.TestSupport.Authentication;

/// <summary>
/// Tokens as the Bot Framework channel sends them (issuer api.botframework.com, audience the app id,
/// the serviceurl claim), signed with a key that <see cref="LocalOpenIdServer"/> publishes.
/// </summary>
public static class ChannelTokens
{
    public const string Issuer = "https://api.botframework.com";

    public static string Create(string appId, string serviceUrl, DateTimeOffset now, TestSigningKey? key = null) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = appId,
            NotBefore = now.AddMinutes(-1).UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = (key ?? TestKeys.Channel).Credentials(),
        });
}
