using Assistant.Storage.Redis;
using Assistant.Storage.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Storage.Tests.Redis;

public sealed class RedisStorageRegistrationTests(RedisServer server) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task AddConversationStorage_RedisProvider_StoresInRedisUnderTheConfiguredPrefix()
    {
        var prefix = server.NewPrefix();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:RedisConfiguration"] = server.Address,
            ["Storage:RedisKeyPrefix"] = prefix,
        }).Build();
        await using var services = new ServiceCollection().AddConversationStorage(configuration).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();

        var storage = services.GetRequiredService<IStorage>();
        var written = await storage.WriteAsync([new StoreChange("webchat/conversations/1", Json.Of(new { v = 1 }), StoreETag.Absent)]);

        Assert.IsType<RedisStorage>(storage);
        Assert.True(written.Succeeded);
        Assert.Equal(written.ETags["webchat/conversations/1"], (string?)await server.Connection.GetDatabase().HashGetAsync(prefix + "webchat/conversations/1", "etag"));
    }
}
