using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// Reads the four credential keys from the root of configuration, where the Bot Framework, its
/// templates and Azure App Service put them. They win over the same names in the section.
/// </summary>
internal static class BotFrameworkConfiguration
{
    public static void BindRootKeys(BotFrameworkOptions options, IConfiguration configuration)
    {
        var appType = configuration[BotFrameworkOptions.MicrosoftAppTypeKey];
        if (!string.IsNullOrWhiteSpace(appType))
        {
            options.MicrosoftAppType = ParseAppType(appType);
        }

        options.MicrosoftAppId = configuration[BotFrameworkOptions.MicrosoftAppIdKey] ?? options.MicrosoftAppId;
        options.MicrosoftAppPassword = configuration[BotFrameworkOptions.MicrosoftAppPasswordKey] ?? options.MicrosoftAppPassword;
        options.MicrosoftAppTenantId = configuration[BotFrameworkOptions.MicrosoftAppTenantIdKey] ?? options.MicrosoftAppTenantId;
    }

    // The SDK quietly falls back to MultiTenant on a value it does not know, which turns a typo in
    // "SingleTenant" into tokens from the wrong tenant at the first reply; refuse it at start-up.
    private static MicrosoftAppType ParseAppType(string value)
    {
        // Names only: Enum.TryParse would also take "1" or "MultiTenant,SingleTenant".
        foreach (var type in Enum.GetValues<MicrosoftAppType>())
        {
            if (string.Equals(type.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        throw new OptionsValidationException(
            Options.DefaultName,
            typeof(BotFrameworkOptions),
            [$"{BotFrameworkOptions.MicrosoftAppTypeKey} must be MultiTenant, SingleTenant or UserAssignedMSI."]);
    }
}
