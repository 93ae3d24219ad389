using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.LoadTest;

/// <summary>
/// The floor: an ASP.NET Core endpoint that reads the same request body and answers a fixed
/// expectReplies-shaped body, with no authentication, search or state.
/// </summary>
internal sealed class BareServer : IAsyncDisposable
{
    private const string Reply = """{"activities":[{"type":"message","text":"ok"}]}""";

    private readonly WebApplication _app;

    private BareServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BareServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            _ = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            return Results.Text(Reply, "application/json");
        });
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new BareServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
}
