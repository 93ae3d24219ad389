using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Assistant.Bot.Tests;

/// <summary>A Bot Connector on a loopback port that records what the bot posts to it.</summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeConnector(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Method, string Path, string? Authorization, JsonNode? Body)> Received { get; } = new();

    public int FailWithStatus { get; set; }

    public Uri ServiceUrl => new(_app.Urls.First() + "/");

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(async http =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            connector.Received.Enqueue((http.Request.Method, http.Request.Path.Value!, http.Request.Headers.Authorization.FirstOrDefault(), body.Length > 0 ? JsonNode.Parse(body) : null));
            http.Response.StatusCode = connector.FailWithStatus > 0 ? connector.FailWithStatus : StatusCodes.Status200OK;
            if (connector.FailWithStatus == 0)
            {
                await http.Response.WriteAsJsonAsync(new { id = "sent-1" });
            }
        });
        await app.StartAsync();
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
