using Assistant.Bot.Adapter;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Assistant.Bot.Hosting;

/// <summary>The bot's HTTP surface.</summary>
public static class BotEndpoints
{
    public const string MessagesPath = "/api/messages";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(MessagesPath, (HttpContext http, CloudAdapter adapter, CancellationToken cancellationToken) => adapter.ProcessAsync(http, cancellationToken));

        // Every other method is answered 405 with Allow, as the SDK's adapter does.
        endpoints.MapMethods(MessagesPath, [HttpMethods.Get, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], (HttpContext http) =>
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
        return endpoints;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return endpoints;
    }
}
