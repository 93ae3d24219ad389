using Assistant.Storage.Memory;
using Assistant.Storage.Sqlite;
using Assistant.Storage.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public void AddConversationStorage_NoStorageSection_UsesSqliteInDataStateDb()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();
        var storage = services.GetRequiredService<IStorage>();

        // Only resolved, never used: the file is created on first use, so this test leaves nothing behind.
        var sqlite = Assert.IsType<SqliteStorage>(storage);
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "state.db")), sqlite.FullPath);
    }

    [Fact]
    public void AddConversationStorage_MemoryProvider_RegistersOneMemoryStorage()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Memory" });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<MemoryStorage>(services.GetRequiredService<IStorage>());
        Assert.Same(services.GetRequiredService<IStorage>(), services.GetRequiredService<IStorage>());
    }

    [Fact]
    public async Task AddConversationStorage_SqlitePath_IsCreatedWithItsFolderOnFirstUse()
    {
        var folder = Path.Combine(Path.GetTempPath(), "assistant-storage-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "deeper", "state.db");
        try
        {
            await using (var services = Build(new() { ["Storage:Provider"] = "sqlite", ["Storage:SqlitePath"] = path, ["Storage:SqliteBusyTimeout"] = "00:00:02" }))
            {
                services.GetRequiredService<IStartupValidator>().Validate();
                var written = await services.GetRequiredService<IStorage>().WriteAsync([new StoreChange("k", Json.Of(1))]);

                Assert.True(written.Succeeded);
                Assert.True(File.Exists(path));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, "Storage:RedisConfiguration is required when Storage:Provider is Redis")]
    [InlineData("", "Storage:RedisConfiguration is required when Storage:Provider is Redis")]
    [InlineData("localhost:6379,unknownOption=1", "Storage:RedisConfiguration is not a valid StackExchange.Redis configuration")]
    [InlineData("password=secret", "Storage:RedisConfiguration names no server")]
    public void AddConversationStorage_RedisWithoutAUsableConfiguration_FailsAtStartNamingTheSetting(string? redis, string message)
    {
        using var services = Build(new() { ["Storage:Provider"] = "Redis", ["Storage:RedisConfiguration"] = redis });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConversationStorage_RedisWithEmptyPrefix_FailsAtStart()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Redis", ["Storage:RedisConfiguration"] = "localhost:6379", ["Storage:RedisKeyPrefix"] = "" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:RedisKeyPrefix must not be empty", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SqlitePath", " ", "Storage:SqlitePath must name the state file")]
    [InlineData("SqliteBusyTimeout", "00:00:00", "Storage:SqliteBusyTimeout must be positive")]
    [InlineData("SqliteBusyTimeout", "-00:00:01", "Storage:SqliteBusyTimeout must be positive")]
    public void AddConversationStorage_UnusableSqliteSetting_FailsAtStartNamingTheSetting(string setting, string value, string message)
    {
        using var services = Build(new() { [$"Storage:{setting}"] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConversationStorage_UnknownProvider_FailsAtStartNamingTheSetting()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Postgres" });

        var failure = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:Provider", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddConversationStorage_TimeProviderAlreadyRegistered_KeepsIt()
    {
        var clock = FixedClock.New();
        var collection = new ServiceCollection().AddSingleton<TimeProvider>(clock);

        collection.AddConversationStorage(new ConfigurationBuilder().Build());

        using var services = collection.BuildServiceProvider();
        Assert.Same(clock, services.GetRequiredService<TimeProvider>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddConversationStorage(configuration).BuildServiceProvider();
    }
}
