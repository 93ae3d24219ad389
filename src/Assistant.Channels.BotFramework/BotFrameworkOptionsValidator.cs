using Microsoft.Extensions.Options;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// The SDK's credential rules (ConfigurationServiceClientCredentialFactory) plus the ones that
/// keep a mistyped configuration from starting a bot that can never answer. Messages name the
/// keys, never their values.
/// </summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateCredentials(options, failures);
        ValidateRetries(options, failures);

        if (!options.AuthorityHost.IsAbsoluteUri || options.AuthorityHost.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{BotFrameworkOptions.SectionName}:{nameof(BotFrameworkOptions.AuthorityHost)} must be an absolute https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCredentials(BotFrameworkOptions options, List<string> failures)
    {
        var hasId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);

        switch (options.MicrosoftAppType)
        {
            case MicrosoftAppType.MultiTenant when !hasId && hasPassword:
                // A secret without an id is a forgotten id; running anonymously would also switch off inbound authentication.
                failures.Add($"{BotFrameworkOptions.MicrosoftAppPasswordKey} is set but {BotFrameworkOptions.MicrosoftAppIdKey} is empty; set the app id, or remove both for anonymous local mode.");
                break;
            case MicrosoftAppType.MultiTenant when hasId && !hasPassword:
                failures.Add($"{BotFrameworkOptions.MicrosoftAppPasswordKey} is required for MultiTenant when {BotFrameworkOptions.MicrosoftAppIdKey} is set.");
                break;
            case MicrosoftAppType.MultiTenant:
                break;
            case MicrosoftAppType.SingleTenant:
                Require(hasId, BotFrameworkOptions.MicrosoftAppIdKey, "SingleTenant", failures);
                Require(hasPassword, BotFrameworkOptions.MicrosoftAppPasswordKey, "SingleTenant", failures);
                Require(hasTenant, BotFrameworkOptions.MicrosoftAppTenantIdKey, "SingleTenant", failures);
                break;
            case MicrosoftAppType.UserAssignedMsi:
                Require(hasId, BotFrameworkOptions.MicrosoftAppIdKey, "UserAssignedMSI", failures);
                Require(hasTenant, BotFrameworkOptions.MicrosoftAppTenantIdKey, "UserAssignedMSI", failures);
                if (hasPassword)
                {
                    failures.Add($"{BotFrameworkOptions.MicrosoftAppPasswordKey} must not be set for UserAssignedMSI.");
                }

                break;
            default:
                failures.Add($"{BotFrameworkOptions.MicrosoftAppTypeKey} must be MultiTenant, SingleTenant or UserAssignedMSI.");
                break;
        }

        // The tenant becomes a segment of the token authority's URL; the inbound check of the
        // Authentication library refuses the same values with the same message.
        if (hasTenant && options.MicrosoftAppTenantId!.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            failures.Add($"{BotFrameworkOptions.MicrosoftAppTenantIdKey} must be a tenant id (a GUID) or a domain name.");
        }
    }

    private static void Require(bool present, string key, string appType, List<string> failures)
    {
        if (!present)
        {
            failures.Add($"{key} is required for {appType}.");
        }
    }

    private static void ValidateRetries(BotFrameworkOptions options, List<string> failures)
    {
        const string Section = BotFrameworkOptions.SectionName;
        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{Section}:{nameof(BotFrameworkOptions.MaxRetryAttempts)} must be between 0 and 10.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.RetryDelay > LongestDelay)
        {
            failures.Add($"{Section}:{nameof(BotFrameworkOptions.RetryDelay)} must be more than zero and at most 10 minutes.");
        }

        if (options.MaxRetryDelay < options.RetryDelay || options.MaxRetryDelay > LongestDelay)
        {
            failures.Add($"{Section}:{nameof(BotFrameworkOptions.MaxRetryDelay)} must be at least {nameof(BotFrameworkOptions.RetryDelay)} and at most 10 minutes.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.MaxRetryAfter > LongestDelay)
        {
            failures.Add($"{Section}:{nameof(BotFrameworkOptions.MaxRetryAfter)} must be between zero and 10 minutes.");
        }
    }
}
