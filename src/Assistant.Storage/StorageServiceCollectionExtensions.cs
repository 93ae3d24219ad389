using Assistant.Storage.Memory;
using Assistant.Storage.Redis;
using Assistant.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Storage;

/// <summary>Registers conversation-state storage.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> to the <c>Storage</c> section, validates it when the host starts, and
    /// registers the <see cref="IStorage"/> it chooses as a singleton (SQLite in <c>data/state.db</c> when the
    /// section is missing). Registers <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is
    /// registered already.
    /// </summary>
    /// <param name="configuration">The application's configuration, whose <c>Storage</c> section is read.</param>
    public static IServiceCollection AddConversationStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateStorage);
        return services;
    }

    private static IStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var logger = (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(typeof(StorageServiceCollectionExtensions));
        switch (options.Provider)
        {
            case StorageProvider.Memory:
                StorageLog.UsingMemory(logger);
                return new MemoryStorage();
            case StorageProvider.Redis:
                StorageLog.UsingRedis(logger, options.RedisKeyPrefix);
                return RedisStorage.Connect(options.RedisConfiguration!, options.RedisKeyPrefix, timeProvider);
            case StorageProvider.Sqlite:
                var sqlite = new SqliteStorage(options.SqlitePath, options.SqliteBusyTimeout, timeProvider);
                StorageLog.UsingSqlite(logger, sqlite.FullPath);
                return sqlite;
            default:
                // Unreachable: the options validator rejects any other value before the options are handed out.
                throw new InvalidOperationException($"Unknown storage provider {options.Provider}.");
        }
    }
}
