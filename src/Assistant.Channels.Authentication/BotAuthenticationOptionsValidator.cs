using Assistant.Channels.Authentication.Metadata;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Authentication;

/// <summary>Start-up checks of <see cref="BotAuthenticationOptions"/>.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    private static readonly string[] AppTypes = ["MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        CheckMetadataUrl(options.ChannelOpenIdMetadataUrl, "BotFramework:ChannelOpenIdMetadataUrl", failures);
        CheckMetadataUrl(options.EmulatorOpenIdMetadataUrl, "BotFramework:EmulatorOpenIdMetadataUrl", failures);

        // Trimmed as the BotFramework library reads it, so that one value means one thing to both.
        var appType = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? AppTypes[0] : options.MicrosoftAppType.Trim();
        if (!AppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType must be one of {string.Join(", ", AppTypes)}.");
        }
        else if (!appType.Equals(AppTypes[0], StringComparison.OrdinalIgnoreCase)
            && (options.IsAnonymousMode || string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)))
        {
            failures.Add($"MicrosoftAppType {appType} requires MicrosoftAppId and MicrosoftAppTenantId.");
        }

        if (options.MicrosoftAppTenantId is { } tenant && tenant.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            failures.Add("MicrosoftAppTenantId must be a tenant id (a GUID) or a domain name.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckMetadataUrl(Uri? url, string key, List<string> failures)
    {
        if (url is null || !MetadataAddress.IsAllowed(url))
        {
            failures.Add($"{key} must be an absolute https URL (http only for a loopback host).");
        }
    }
}
