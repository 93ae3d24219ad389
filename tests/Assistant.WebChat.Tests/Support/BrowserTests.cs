namespace Assistant.WebChat.Tests.Support;

/// <summary>The browser tests share one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
