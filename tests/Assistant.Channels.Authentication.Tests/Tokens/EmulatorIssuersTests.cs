using Assistant.Channels.Authentication.Tokens;

namespace Assistant.Channels.Authentication.Tests.Tokens;

public class EmulatorIssuersTests
{
    private const string Tenant = "3b6a8c52-9d1e-4f0a-8b7c-2e5d4a1f9c60";

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0")]
    [InlineData("https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0")]
    [InlineData("https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/")]
    [InlineData("https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0")]
    [InlineData("https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/")]
    [InlineData("https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0")]
    public void Accepts_SdkIssuer_True(string issuer)
    {
        Assert.True(new EmulatorIssuers(null).Accepts(issuer, null));
    }

    [Theory]
    [InlineData("https://sts.windows.net/" + Tenant + "/")]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0")]
    [InlineData("https://login.microsoftonline.us/" + Tenant + "/")]
    [InlineData("https://login.microsoftonline.us/" + Tenant + "/v2.0")]
    public void Accepts_IssuerOfConfiguredTenantOrOfTokenTid_True(string issuer)
    {
        Assert.True(new EmulatorIssuers(Tenant).Accepts(issuer, null));
        Assert.True(new EmulatorIssuers(null).Accepts(issuer, Tenant));
    }

    [Theory]
    [InlineData("https://api.botframework.com", null)]
    [InlineData("https://sts.windows.net/" + Tenant + "/", null)]
    [InlineData("https://sts.windows.net/" + Tenant, Tenant)]
    [InlineData("https://sts.windows.net/" + Tenant + "/", "d6d49420-f39b-4df7-a1dc-d59a935871db")]
    [InlineData("https://sts.windows.net/contoso.onmicrosoft.com/", "contoso.onmicrosoft.com")]
    [InlineData("https://sts.windows.net/D6D49420-F39B-4DF7-A1DC-D59A935871DB/", null)]
    public void Accepts_OtherIssuer_False(string issuer, string? tokenTenant)
    {
        Assert.False(new EmulatorIssuers(null).Accepts(issuer, tokenTenant));
    }

    [Fact]
    public void Accepts_AfterATokenOfAnotherTenant_DoesNotRememberIt()
    {
        var issuers = new EmulatorIssuers(null);
        Assert.True(issuers.Accepts($"https://sts.windows.net/{Tenant}/", Tenant));

        Assert.False(issuers.Accepts($"https://sts.windows.net/{Tenant}/", null));
    }

    [Fact]
    public void For_TokenTenant_ListsItsIssuersBesideTheFixedOnes()
    {
        var issuers = new EmulatorIssuers(null).For(Tenant).ToList();

        Assert.Equal(12, issuers.Count);
        Assert.Contains($"https://login.microsoftonline.com/{Tenant}/v2.0", issuers);
    }
}
