using Assistant.Channels.Authentication.Metadata;
using Assistant.Channels.Authentication.Tests.Support;

namespace Assistant.Channels.Authentication.Tests.Metadata;

public class EndorsedOpenIdConfigurationTests
{
    private const string Metadata = """{"issuer":"https://api.botframework.com","jwks_uri":"https://login.botframework.com/v1/.well-known/keys"}""";

    [Fact]
    public void LoadKeySet_KeysWithEndorsements_ReadsThemPerKeyId()
    {
        var configuration = Load($$"""{"keys":[{{TestKeys.Channel.ToJwk().ToJsonString()}},{{TestKeys.Unendorsed.ToJwk().ToJsonString()}}]}""");

        Assert.Equal(2, configuration.SigningKeys.Count);
        Assert.Equal(["directline", "emulator", "msteams", "webchat"], configuration.Endorsements["channel-key"].Order(StringComparer.Ordinal));
        Assert.False(configuration.Endorsements.ContainsKey("unendorsed-key"));
        Assert.NotNull(configuration.FindSigningKey("unendorsed-key"));
        Assert.Null(configuration.FindSigningKey("CHANNEL-KEY"));
    }

    [Fact]
    public void LoadKeySet_EmptyEndorsementsArray_IsKeptAsEndorsedForNothing()
    {
        var jwk = TestKeys.Unendorsed.ToJwk();
        jwk["endorsements"] = new System.Text.Json.Nodes.JsonArray();

        var configuration = Load($$"""{"keys":[{{jwk.ToJsonString()}}]}""");

        Assert.Empty(configuration.Endorsements["unendorsed-key"]);
    }

    [Fact]
    public void LoadKeySet_OddEndorsementValues_KeepsOnlyStrings()
    {
        var jwk = TestKeys.Unendorsed.ToJwk();
        jwk["endorsements"] = System.Text.Json.Nodes.JsonNode.Parse("""["msteams", 7, null, {"a":1}, "webchat"]""");

        var configuration = Load($$"""{"keys":[{{jwk.ToJsonString()}}]}""");

        Assert.Equal(["msteams", "webchat"], configuration.Endorsements["unendorsed-key"].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoadKeySet_EndorsementsNotAnArray_CountsAsNoEndorsements()
    {
        var jwk = TestKeys.Unendorsed.ToJwk();
        jwk["endorsements"] = "msteams";

        var configuration = Load($$"""{"keys":[{{jwk.ToJsonString()}}]}""");

        Assert.False(configuration.Endorsements.ContainsKey("unendorsed-key"));
    }

    [Fact]
    public void LoadKeySet_DuplicateKeyId_FirstKeyDecides()
    {
        var first = TestKeys.Channel.ToJwk();
        var second = TestKeys.Unpublished.WithKeyId("channel-key").ToJwk();
        second["endorsements"] = new System.Text.Json.Nodes.JsonArray("slack");

        var configuration = Load($$"""{"keys":[{{first.ToJsonString()}},{{second.ToJsonString()}}]}""");

        Assert.DoesNotContain("slack", (IReadOnlySet<string>)configuration.Endorsements["channel-key"]);
        Assert.Same(configuration.SigningKeys.First(), configuration.FindSigningKey("channel-key"));
    }

    private static EndorsedOpenIdConfiguration Load(string keySet)
    {
        var configuration = new EndorsedOpenIdConfiguration(Metadata);
        configuration.LoadKeySet(keySet);
        return configuration;
    }
}
