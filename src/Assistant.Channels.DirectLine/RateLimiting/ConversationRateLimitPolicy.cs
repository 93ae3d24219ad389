using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine.RateLimiting;

/// <summary>A fixed window of <see cref="DirectLineOptions.RateLimitPermits"/> posts per conversation.</summary>
internal sealed class ConversationRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var key = httpContext.Request.RouteValues["conversationId"] as string ?? string.Empty;
        var settings = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.RateLimitPermits,
            Window = settings.RateLimitWindow,
            QueueLimit = 0,
        });
    }
}
