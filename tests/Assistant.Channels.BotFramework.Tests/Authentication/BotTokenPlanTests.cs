using Assistant.Channels.BotFramework.Authentication;

namespace Assistant.Channels.BotFramework.Tests.Authentication;

public class BotTokenPlanTests
{
    [Fact]
    public void For_MultiTenant_AsksTheBotFrameworkTenantForTheConnectorScope()
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "secret" });

        Assert.Equal(BotTokenSource.ClientSecret, plan.Source);
        Assert.Equal("app-id", plan.ClientId);
        Assert.Equal(new Uri("https://login.microsoftonline.com/botframework.com"), plan.Authority);
        Assert.Equal("https://api.botframework.com/.default", plan.Scope);
    }

    [Fact]
    public void For_SingleTenant_AsksTheBotsOwnTenant()
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions
        {
            MicrosoftAppType = MicrosoftAppType.SingleTenant,
            MicrosoftAppId = "app-id",
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = "11111111-2222-3333-4444-555555555555",
        });

        Assert.Equal(BotTokenSource.ClientSecret, plan.Source);
        Assert.Equal(new Uri("https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555"), plan.Authority);
        Assert.Equal("https://api.botframework.com/.default", plan.Scope);
    }

    [Fact]
    public void For_UserAssignedMsi_AsksTheManagedIdentityForTheConnectorResource()
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions
        {
            MicrosoftAppType = MicrosoftAppType.UserAssignedMsi,
            MicrosoftAppId = "identity-client-id",
            MicrosoftAppTenantId = "tenant",
        });

        Assert.Equal(BotTokenSource.ManagedIdentity, plan.Source);
        Assert.Equal("identity-client-id", plan.ClientId);
        Assert.Null(plan.Authority);
        Assert.Equal("https://api.botframework.com", plan.Scope);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void For_NoAppId_AsksForNothing(string? appId)
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions { MicrosoftAppId = appId });

        Assert.Equal(new BotTokenPlan(BotTokenSource.None, null, null, null), plan);
    }

    [Theory]
    [InlineData("https://login.example.test", "https://login.example.test/tenant-1")]
    [InlineData("https://login.example.test/", "https://login.example.test/tenant-1")]
    [InlineData("https://login.example.test/prefix", "https://login.example.test/prefix/tenant-1")]
    public void For_OtherAuthorityHost_PutsTheTenantUnderIt(string host, string expected)
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions
        {
            MicrosoftAppType = MicrosoftAppType.SingleTenant,
            MicrosoftAppId = "app-id",
            MicrosoftAppPassword = "secret",
            MicrosoftAppTenantId = "tenant-1",
            AuthorityHost = new Uri(host),
        });

        Assert.Equal(new Uri(expected), plan.Authority);
    }

    [Fact]
    public void For_Secret_IsNotPartOfThePlan()
    {
        var plan = BotTokenPlan.For(new BotFrameworkOptions { MicrosoftAppId = "app-id", MicrosoftAppPassword = "very-secret-value" });

        Assert.DoesNotContain("very-secret-value", plan.ToString(), StringComparison.Ordinal);
    }
}
