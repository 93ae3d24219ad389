using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine;

/// <summary>Stops the start when a limit makes no sense; messages name the setting, never a key's value.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        void Require(bool ok, string setting, string rule)
        {
            if (!ok)
            {
                failures.Add($"{DirectLineOptions.SectionName}:{setting} {rule}.");
            }
        }

        Require(string.IsNullOrEmpty(options.TokenSigningKey) || IsKey(options.TokenSigningKey), nameof(options.TokenSigningKey), $"must be base64 of at least {MinimumKeyBytes} bytes");
        Require(!string.IsNullOrWhiteSpace(options.SigningKeyPath), nameof(options.SigningKeyPath), "must name a file");
        Require(options.TokenLifetime >= TimeSpan.FromMinutes(1) && options.TokenLifetime <= TimeSpan.FromDays(1), nameof(options.TokenLifetime), "must be between 1 minute and 1 day");
        Require(options.IdleExpiry >= TimeSpan.FromMinutes(1), nameof(options.IdleExpiry), "must be at least 1 minute");
        Require(options.MaxActivitiesPerConversation is >= 10 and <= 10_000, nameof(options.MaxActivitiesPerConversation), "must be 10–10000");
        Require(options.MaxConversations is >= 1 and <= 1_000_000, nameof(options.MaxConversations), "must be 1–1000000");
        Require(options.MaxActivityBytes is >= 1024 and <= 1024 * 1024, nameof(options.MaxActivityBytes), "must be 1 KB–1 MB");
        Require(options.RateLimitPermits >= 1, nameof(options.RateLimitPermits), "must be positive");
        Require(options.StartLimitPermits >= 1, nameof(options.StartLimitPermits), "must be positive");
        Require(options.RateLimitWindow >= TimeSpan.FromSeconds(1), nameof(options.RateLimitWindow), "must be at least 1 second");
        Require(options.TurnTimeout >= TimeSpan.FromSeconds(1), nameof(options.TurnTimeout), "must be at least 1 second");
        Require(!string.IsNullOrWhiteSpace(options.BotId), nameof(options.BotId), "must be set");
        Require(!string.IsNullOrWhiteSpace(options.BotName), nameof(options.BotName), "must be set");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsKey(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= MinimumKeyBytes;
    }
}
