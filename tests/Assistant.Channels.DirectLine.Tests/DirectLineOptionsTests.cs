using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine.Tests;

public class DirectLineOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        Assert.True(new DirectLineOptionsValidator().Validate(null, new DirectLineOptions()).Succeeded);
    }

    [Theory]
    [InlineData(nameof(DirectLineOptions.TokenSigningKey))]
    [InlineData(nameof(DirectLineOptions.MaxActivityBytes))]
    [InlineData(nameof(DirectLineOptions.RateLimitPermits))]
    [InlineData(nameof(DirectLineOptions.MaxActivitiesPerConversation))]
    [InlineData(nameof(DirectLineOptions.TokenLifetime))]
    public void Validate_ABadSetting_FailsNamingIt(string setting)
    {
        var options = new DirectLineOptions();
        switch (setting)
        {
            case nameof(DirectLineOptions.TokenSigningKey): options.TokenSigningKey = Convert.ToBase64String(new byte[8]); break;
            case nameof(DirectLineOptions.MaxActivityBytes): options.MaxActivityBytes = 0; break;
            case nameof(DirectLineOptions.RateLimitPermits): options.RateLimitPermits = 0; break;
            case nameof(DirectLineOptions.MaxActivitiesPerConversation): options.MaxActivitiesPerConversation = 1; break;
            case nameof(DirectLineOptions.TokenLifetime): options.TokenLifetime = TimeSpan.Zero; break;
        }

        var result = new DirectLineOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("DirectLine:" + setting, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithABadSetting_StopsTheHost()
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() => Support.DirectLineTestHost.StartAsync(new() { ["DirectLine:RateLimitPermits"] = "0" }));
    }
}
