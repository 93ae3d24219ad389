using Microsoft.Playwright;

namespace Assistant.WebChat.Tests.Support;

/// <summary>
/// One headless Chromium for the browser tests: the system's (Debian's <c>chromium</c> package,
/// or <c>CHROMIUM_PATH</c>), driven by Playwright, which downloads nothing.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string DefaultPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : DefaultPath;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium is not installed at {path}: run `apt-get install -y chromium`, or set CHROMIUM_PATH.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
