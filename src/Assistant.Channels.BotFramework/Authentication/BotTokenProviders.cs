using Microsoft.Identity.Client;

namespace Assistant.Channels.BotFramework.Authentication;

/// <summary>Picks the token provider the options call for.</summary>
internal static class BotTokenProviders
{
    public static IBotTokenProvider Create(BotFrameworkOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var plan = BotTokenPlan.For(options);
        return plan.Source switch
        {
            BotTokenSource.ClientSecret => new ClientSecretBotTokenProvider(plan, options.MicrosoftAppPassword!, options.ValidateAuthority, httpClientFactory),
            BotTokenSource.ManagedIdentity => new ManagedIdentityBotTokenProvider(plan, httpClientFactory),
            _ => new AnonymousBotTokenProvider(),
        };
    }
}
