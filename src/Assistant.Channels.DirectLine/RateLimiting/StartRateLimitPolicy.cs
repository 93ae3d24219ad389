using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine.RateLimiting;

/// <summary>A fixed window of <see cref="DirectLineOptions.StartLimitPermits"/> starts per client address.</summary>
internal sealed class StartRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => DirectLineRateLimits.RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var key = httpContext.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
        var settings = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.StartLimitPermits,
            Window = settings.RateLimitWindow,
            QueueLimit = 0,
        });
    }
}
