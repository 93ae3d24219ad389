using System.Net;
using System.Net.Sockets;
using Assistant.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Assistant.WebChat.Tests.Support;

/// <summary>
/// The real bot host (knowledge, search, turn logic, Direct Line, the page) on a loopback port, with
/// its state (SQLite) and Direct Line key in a folder of its own, so a test can stop it and start it
/// again on the same port and data, as a restart would.
/// </summary>
internal sealed class BotServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotServer(WebApplication app, Uri address, string dataFolder)
    {
        _app = app;
        Address = address;
        DataFolder = dataFolder;
    }

    public Uri Address { get; }

    public string DataFolder { get; }

    public static Task<BotServer> StartAsync() => StartAsync(FreePort(), NewDataFolder());

    public static async Task<BotServer> StartAsync(int port, string dataFolder)
    {
        var app = BotHost.Build(["--urls", $"http://127.0.0.1:{port}"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["Storage:SqlitePath"] = Path.Combine(dataFolder, "state.db"),
                ["DirectLine:SigningKeyPath"] = Path.Combine(dataFolder, "directline.key"),
                ["MicrosoftAppId"] = "",
                ["MicrosoftAppPassword"] = "",
                ["Logging:LogLevel:Default"] = "Warning",
            });
        });
        await app.StartAsync();
        return new BotServer(app, new Uri($"http://127.0.0.1:{port}/"), dataFolder);
    }

    /// <summary>Stops this host and starts a new one on the same port and data folder.</summary>
    public async Task<BotServer> RestartAsync()
    {
        await StopAsync();
        return await StartAsync(Address.Port, DataFolder);
    }

    /// <summary>Stops the host and removes its data folder, which no later host will use.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(DataFolder, recursive: true);
    }

    private async Task StopAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string NewDataFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "assistant-webchat-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
