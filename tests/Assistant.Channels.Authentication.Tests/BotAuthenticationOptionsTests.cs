using Assistant.Channels.Authentication.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Channels.Authentication.Tests;

public class BotAuthenticationOptionsTests
{
    [Fact]
    public void AddBotAuthentication_RootKeysAndSection_AreBound()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = TestToken.AppId,
            ["MicrosoftAppTenantId"] = "3b6a8c52-9d1e-4f0a-8b7c-2e5d4a1f9c60",
            ["MicrosoftAppType"] = "SingleTenant",
            ["BotFramework:ChannelOpenIdMetadataUrl"] = "https://channel.example/v1/.well-known/openidconfiguration",
            ["BotFramework:EmulatorOpenIdMetadataUrl"] = "http://127.0.0.1:8080/common/v2.0/.well-known/openid-configuration",
            ["BotFramework:AllowAnonymousFromAnyAddress"] = "true",
        });

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(TestToken.AppId, options.MicrosoftAppId);
        Assert.Equal("3b6a8c52-9d1e-4f0a-8b7c-2e5d4a1f9c60", options.MicrosoftAppTenantId);
        Assert.Equal("SingleTenant", options.MicrosoftAppType);
        Assert.Equal(new Uri("https://channel.example/v1/.well-known/openidconfiguration"), options.ChannelOpenIdMetadataUrl);
        Assert.Equal(new Uri("http://127.0.0.1:8080/common/v2.0/.well-known/openid-configuration"), options.EmulatorOpenIdMetadataUrl);
        Assert.True(options.AllowAnonymousFromAnyAddress);
        Assert.False(options.IsAnonymousMode);
    }

    [Fact]
    public void AddBotAuthentication_NothingConfigured_DefaultsToSdkEndpointsAndAnonymousMode()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(new Uri("https://login.botframework.com/v1/.well-known/openidconfiguration"), options.ChannelOpenIdMetadataUrl);
        Assert.Equal(new Uri("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"), options.EmulatorOpenIdMetadataUrl);
        Assert.True(options.IsAnonymousMode);
        Assert.False(options.AllowAnonymousFromAnyAddress);
    }

    [Fact]
    public void AddBotAuthentication_RootKeyAndSectionKey_RootWins()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = TestToken.AppId,
            ["BotFramework:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        });

        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(TestToken.AppId, options.MicrosoftAppId);
    }

    [Theory]
    [InlineData("BotFramework:ChannelOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("BotFramework:EmulatorOpenIdMetadataUrl", "http://10.0.0.5/.well-known/openid-configuration")]
    [InlineData("BotFramework:ChannelOpenIdMetadataUrl", "ftp://127.0.0.1/metadata")]
    [InlineData("MicrosoftAppType", "SomethingElse")]
    [InlineData("MicrosoftAppType", "SingleTenant")]
    [InlineData("MicrosoftAppType", "UserAssignedMSI")]
    [InlineData("MicrosoftAppTenantId", "../evil")]
    public void ValidateOnStart_InvalidSetting_FailsAtStartUp(string key, string value)
    {
        using var services = Build(new() { ["MicrosoftAppId"] = TestToken.AppId, [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(failure.Failures, message => message.Contains(key.Split(':')[^1], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("MultiTenant", null)]
    [InlineData("multitenant", null)]
    [InlineData("", null)]
    [InlineData("SingleTenant", "3b6a8c52-9d1e-4f0a-8b7c-2e5d4a1f9c60")]
    [InlineData("UserAssignedMSI", "contoso.onmicrosoft.com")]
    [InlineData(" SingleTenant ", "3b6a8c52-9d1e-4f0a-8b7c-2e5d4a1f9c60")]
    public void ValidateOnStart_ValidAppType_Passes(string appType, string? tenant)
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = TestToken.AppId,
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppTenantId"] = tenant,
            ["BotFramework:ChannelOpenIdMetadataUrl"] = "http://localhost:5000/v1/.well-known/openidconfiguration",
        });

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void AddBotAuthentication_NoTimeProviderRegistered_UsesSystemClock()
    {
        using var services = Build([]);

        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddBotAuthentication_TimeProviderRegistered_KeepsIt()
    {
        var time = new FakeTimeProvider();
        var configuration = new ConfigurationBuilder().Build();
        using var services = new ServiceCollection().AddSingleton<TimeProvider>(time).AddBotAuthentication(configuration).BuildServiceProvider();

        Assert.Same(time, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddBotAuthentication_MetadataClient_IsBounded()
    {
        using var services = Build([]);

        using var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(BotAuthenticationServiceCollectionExtensions.MetadataHttpClientName);

        Assert.Equal(TimeSpan.FromSeconds(5), client.Timeout);
        Assert.Equal(1024 * 1024, client.MaxResponseContentBufferSize);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddBotAuthentication(configuration).BuildServiceProvider();
    }
}
