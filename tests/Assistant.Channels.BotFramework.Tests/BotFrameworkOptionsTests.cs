using Assistant.Channels.BotFramework.Authentication;
using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.BotFramework.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.BotFramework.Tests;

public class BotFrameworkOptionsTests
{
    [Fact]
    public void AddBotFrameworkChannel_RootKeysAndSection_AreBound()
    {
        using var services = ChannelServices.Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "s3cret",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["BotFramework:MaxRetryAttempts"] = "5",
            ["BotFramework:RetryDelay"] = "00:00:02",
            ["BotFramework:MaxRetryDelay"] = "00:00:20",
            ["BotFramework:MaxRetryAfter"] = "00:00:45",
            ["BotFramework:AuthorityHost"] = "https://login.example.test/",
            ["BotFramework:ValidateAuthority"] = "false",
        });

        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal("app-id", options.MicrosoftAppId);
        Assert.Equal("s3cret", options.MicrosoftAppPassword);
        Assert.Equal("tenant-1", options.MicrosoftAppTenantId);
        Assert.Equal(5, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.RetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(20), options.MaxRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(45), options.MaxRetryAfter);
        Assert.Equal(new Uri("https://login.example.test/"), options.AuthorityHost);
        Assert.False(options.ValidateAuthority);
        Assert.False(options.IsAuthenticationDisabled);
    }

    [Fact]
    public void AddBotFrameworkChannel_NothingConfigured_IsAnonymousWithDefaults()
    {
        using var services = ChannelServices.Build(new Dictionary<string, string?>());

        var options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.True(options.IsAuthenticationDisabled);
        Assert.Equal(MicrosoftAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal(3, options.MaxRetryAttempts);
        Assert.Equal(new Uri("https://login.microsoftonline.com/"), options.AuthorityHost);
        Assert.IsType<AnonymousBotTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
        Assert.NotNull(services.GetRequiredService<IConnectorClient>());
    }

    [Fact]
    public void AddBotFrameworkChannel_RootKeys_WinOverTheSection()
    {
        using var services = ChannelServices.Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "root-id",
            ["MicrosoftAppPassword"] = "root-secret",
            ["BotFramework:MicrosoftAppId"] = "section-id",
        });

        Assert.Equal("root-id", services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppId);
    }

    [Theory]
    [InlineData("UserAssignedMSI")]
    [InlineData("userassignedmsi")]
    [InlineData(" UserAssignedMsi ")]
    public void AddBotFrameworkChannel_AppTypeInAnyCase_IsRead(string appType)
    {
        using var services = ChannelServices.Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = "identity-client-id",
            ["MicrosoftAppTenantId"] = "tenant-1",
        });

        Assert.Equal(MicrosoftAppType.UserAssignedMsi, services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MicrosoftAppType);
        Assert.IsType<ManagedIdentityBotTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
    }

    [Theory]
    [InlineData("SingelTenant")]
    [InlineData("1")]
    [InlineData("MultiTenant,SingleTenant")]
    public void StartupValidation_UnknownAppType_FailsNamingTheKey(string appType)
    {
        using var services = ChannelServices.Build(new Dictionary<string, string?> { ["MicrosoftAppType"] = appType });

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.", exception.Failures);
    }

    [Fact]
    public void StartupValidation_InvalidCredentials_FailsAtStartWithoutTheSecret()
    {
        using var services = ChannelServices.Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "identity-client-id",
            ["MicrosoftAppPassword"] = "should-not-be-here",
        });

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(
            ["MicrosoftAppTenantId is required for UserAssignedMSI.", "MicrosoftAppPassword must not be set for UserAssignedMSI."],
            exception.Failures);
        Assert.DoesNotContain("should-not-be-here", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotFrameworkChannel_SingleTenant_UsesTheClientSecretProvider()
    {
        using var services = ChannelServices.Build(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "s3cret",
            ["MicrosoftAppTenantId"] = "tenant-1",
        });

        Assert.IsType<ClientSecretBotTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
    }

    [Theory]
    [MemberData(nameof(ValidOptions))]
    public void Validate_ValidOptions_Succeeds(string because, BotFrameworkOptions options)
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, because + ": " + result.FailureMessage);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_InvalidOptions_FailsWithTheReason(BotFrameworkOptions options, string expectedFailure)
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expectedFailure, result.Failures!);
        Assert.DoesNotContain("s3cret", result.FailureMessage, StringComparison.Ordinal);
    }

    public static TheoryData<string, BotFrameworkOptions> ValidOptions => new()
    {
        { "anonymous local mode", new BotFrameworkOptions() },
        { "multi-tenant", new BotFrameworkOptions { MicrosoftAppId = "id", MicrosoftAppPassword = "s3cret" } },
        { "multi-tenant ignores a tenant", new BotFrameworkOptions { MicrosoftAppId = "id", MicrosoftAppPassword = "s3cret", MicrosoftAppTenantId = "t" } },
        { "single-tenant", new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.SingleTenant, MicrosoftAppId = "id", MicrosoftAppPassword = "s3cret", MicrosoftAppTenantId = "t" } },
        { "managed identity", new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.UserAssignedMsi, MicrosoftAppId = "id", MicrosoftAppTenantId = "t" } },
        { "retries off", new BotFrameworkOptions { MaxRetryAttempts = 0 } },
        { "no Retry-After honoured", new BotFrameworkOptions { MaxRetryAfter = TimeSpan.Zero } },
    };

    public static TheoryData<BotFrameworkOptions, string> InvalidOptions => new()
    {
        { new BotFrameworkOptions { MicrosoftAppPassword = "s3cret" }, "MicrosoftAppPassword is set but MicrosoftAppId is empty; set the app id, or remove both for anonymous local mode." },
        { new BotFrameworkOptions { MicrosoftAppId = "id" }, "MicrosoftAppPassword is required for MultiTenant when MicrosoftAppId is set." },
        { SingleTenant(), "MicrosoftAppId is required for SingleTenant." },
        { new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.SingleTenant, MicrosoftAppId = "id", MicrosoftAppTenantId = "t" }, "MicrosoftAppPassword is required for SingleTenant." },
        { new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.SingleTenant, MicrosoftAppId = "id", MicrosoftAppPassword = "s3cret" }, "MicrosoftAppTenantId is required for SingleTenant." },
        { new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.UserAssignedMsi, MicrosoftAppTenantId = "t" }, "MicrosoftAppId is required for UserAssignedMSI." },
        { new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.UserAssignedMsi, MicrosoftAppId = "id" }, "MicrosoftAppTenantId is required for UserAssignedMSI." },
        { new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.UserAssignedMsi, MicrosoftAppId = "id", MicrosoftAppTenantId = "t", MicrosoftAppPassword = "s3cret" }, "MicrosoftAppPassword must not be set for UserAssignedMSI." },
        { new BotFrameworkOptions { MicrosoftAppType = (MicrosoftAppType)7 }, "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI." },
        { new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.SingleTenant, MicrosoftAppId = "id", MicrosoftAppPassword = "s3cret", MicrosoftAppTenantId = "../evil" }, "MicrosoftAppTenantId must be a tenant id (a GUID) or a domain name." },
        { new BotFrameworkOptions { MicrosoftAppType = MicrosoftAppType.UserAssignedMsi, MicrosoftAppId = "id", MicrosoftAppTenantId = "contoso onmicrosoft.com" }, "MicrosoftAppTenantId must be a tenant id (a GUID) or a domain name." },
        { new BotFrameworkOptions { MaxRetryAttempts = 11 }, "BotFramework:MaxRetryAttempts must be between 0 and 10." },
        { new BotFrameworkOptions { MaxRetryAttempts = -1 }, "BotFramework:MaxRetryAttempts must be between 0 and 10." },
        { new BotFrameworkOptions { RetryDelay = TimeSpan.Zero }, "BotFramework:RetryDelay must be more than zero and at most 10 minutes." },
        { new BotFrameworkOptions { RetryDelay = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromSeconds(5) }, "BotFramework:MaxRetryDelay must be at least RetryDelay and at most 10 minutes." },
        { new BotFrameworkOptions { MaxRetryAfter = TimeSpan.FromHours(1) }, "BotFramework:MaxRetryAfter must be between zero and 10 minutes." },
        { new BotFrameworkOptions { AuthorityHost = new Uri("http://login.example.test/") }, "BotFramework:AuthorityHost must be an absolute https URL." },
    };

    private static BotFrameworkOptions SingleTenant() => new()
    {
        MicrosoftAppType = MicrosoftAppType.SingleTenant,
        MicrosoftAppPassword = "s3cret",
        MicrosoftAppTenantId = "t",
    };
}
