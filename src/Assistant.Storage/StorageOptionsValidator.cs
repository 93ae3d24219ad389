using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Assistant.Storage;

/// <summary>Fails start-up with a message naming the setting to fix, rather than at the first message a user sends.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Section = StorageOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        switch (options.Provider)
        {
            case StorageProvider.Memory:
                break;
            case StorageProvider.Sqlite:
                ValidateSqlite(options, failures);
                break;
            case StorageProvider.Redis:
                ValidateRedis(options, failures);
                break;
            default:
                failures.Add($"{Section}:Provider '{options.Provider}' is not one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSqlite(StorageOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            failures.Add($"{Section}:SqlitePath must name the state file when {Section}:Provider is Sqlite (the default is data/state.db).");
        }
        else if (options.SqlitePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{Section}:SqlitePath '{options.SqlitePath}' contains characters that are not allowed in a path.");
        }

        if (options.SqliteBusyTimeout <= TimeSpan.Zero || options.SqliteBusyTimeout.TotalMilliseconds > int.MaxValue)
        {
            failures.Add($"{Section}:SqliteBusyTimeout must be positive and under 24 days, e.g. 00:00:05; it is {options.SqliteBusyTimeout}.");
        }
    }

    private static void ValidateRedis(StorageOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.RedisConfiguration))
        {
            failures.Add($"{Section}:RedisConfiguration is required when {Section}:Provider is Redis, e.g. \"localhost:6379\" "
                + "(set it with the environment variable Storage__RedisConfiguration).");
        }
        else
        {
            try
            {
                if (ConfigurationOptions.Parse(options.RedisConfiguration).EndPoints.Count == 0)
                {
                    failures.Add($"{Section}:RedisConfiguration names no server; start it with host:port, e.g. \"localhost:6379\".");
                }
            }
            catch (ArgumentException e)
            {
                // The message of StackExchange.Redis names the bad option; the configuration itself may hold a password.
                failures.Add($"{Section}:RedisConfiguration is not a valid StackExchange.Redis configuration: {e.Message}");
            }
        }

        if (string.IsNullOrEmpty(options.RedisKeyPrefix))
        {
            failures.Add($"{Section}:RedisKeyPrefix must not be empty when {Section}:Provider is Redis; it keeps the state apart from other data on the server.");
        }
    }
}
