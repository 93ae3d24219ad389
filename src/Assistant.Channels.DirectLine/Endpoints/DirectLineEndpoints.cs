using Assistant.Channels.DirectLine.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine.Endpoints;

/// <summary>Maps the embedded Direct Line 3.0 endpoint under <c>/v3/directline</c>.</summary>
public static class DirectLineEndpoints
{
    /// <summary>The path Web Chat's <c>domain</c> option must name.</summary>
    public const string Prefix = "/v3/directline";

    /// <summary>
    /// Maps the endpoint, unless <see cref="DirectLineOptions.Enabled"/> is off. Needs
    /// <c>UseWebSockets()</c> and <c>UseRateLimiter()</c> in the pipeline before it.
    /// </summary>
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        var group = endpoints.MapGroup(Prefix);
        group.MapPost("/tokens/generate", (DirectLineHandlers handlers) => handlers.Generate())
            .RequireRateLimiting(DirectLineRateLimits.PerClient);
        group.MapPost("/tokens/refresh", (HttpContext http, DirectLineHandlers handlers) => handlers.RefreshAsync(http));
        group.MapPost("/conversations", (HttpContext http, DirectLineHandlers handlers, CancellationToken cancellationToken) =>
            handlers.StartAsync(http, cancellationToken))
            .RequireRateLimiting(DirectLineRateLimits.PerClient);
        group.MapGet("/conversations/{conversationId}", (HttpContext http, string conversationId, string? watermark, DirectLineHandlers handlers, CancellationToken cancellationToken) =>
            handlers.ReconnectAsync(http, conversationId, watermark, cancellationToken));
        group.MapGet("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, string? watermark, DirectLineHandlers handlers, CancellationToken cancellationToken) =>
            handlers.GetActivitiesAsync(http, conversationId, watermark, cancellationToken));
        group.MapPost("/conversations/{conversationId}/activities", (HttpContext http, string conversationId, DirectLineHandlers handlers, CancellationToken cancellationToken) =>
            handlers.PostActivityAsync(http, conversationId, cancellationToken))
            .RequireRateLimiting(DirectLineRateLimits.PerConversation);
        group.MapGet("/conversations/{conversationId}/stream", (HttpContext http, string conversationId, string? t, string? watermark, DirectLineHandlers handlers, CancellationToken cancellationToken) =>
            handlers.StreamAsync(http, conversationId, t, watermark, cancellationToken));
        return endpoints;
    }
}
