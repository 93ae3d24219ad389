using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Assistant.Channels.DirectLine.RateLimiting;

/// <summary>
/// ASP.NET Core rate-limiting policies of the channel: posts per conversation (the route's id,
/// which is random and unguessable) and starts per client address. A refusal is 429 with
/// <c>Retry-After</c> in seconds.
/// </summary>
internal static class DirectLineRateLimits
{
    public const string PerConversation = "directline-conversation";
    public const string PerClient = "directline-start";

    public static ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }
}
