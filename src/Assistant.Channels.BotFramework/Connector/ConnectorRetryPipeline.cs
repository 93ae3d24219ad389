using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Assistant.Channels.BotFramework.Connector;

/// <summary>
/// The retry policy for calls to the Bot Connector, built once. Teams asks bots to back off
/// exponentially with jitter on 429 and to retry 412, 502 and 504 as well; a <c>Retry-After</c> is
/// honoured as given, and one longer than <see cref="BotFrameworkOptions.MaxRetryAfter"/> ends the
/// call instead of holding the user's turn. The SDK itself never retries.
/// </summary>
internal sealed class ConnectorRetryPipeline
{
    public ConnectorRetryPipeline(IOptions<BotFrameworkOptions> options, TimeProvider timeProvider, ILogger<ConnectorRetryPipeline> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        Pipeline = Build(options.Value, timeProvider, logger);
    }

    /// <summary>Runs one attempt per call of the callback; each attempt must send a new request.</summary>
    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>Statuses worth another attempt: throttled, precondition raced, gateway errors.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    private static ResiliencePipeline<HttpResponseMessage> Build(BotFrameworkOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts == 0)
        {
            return builder.Build();
        }

        var maxRetryAfter = options.MaxRetryAfter;
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldHandle = arguments => ValueTask.FromResult(arguments.Outcome switch
            {
                { Exception: HttpRequestException } => true,
                { Result: { } response } => IsTransient(response.StatusCode)
                    && !(RetryAfter.Of(response, timeProvider.GetUtcNow()) > maxRetryAfter),
                _ => false,
            }),

            // Null falls back to the exponential back-off.
            DelayGenerator = arguments => ValueTask.FromResult(
                arguments.Outcome.Result is { } response ? RetryAfter.Of(response, timeProvider.GetUtcNow()) : null),
            OnRetry = arguments =>
            {
                logger.LogWarning(
                    "Bot Connector call failed ({Failure}); retry {Attempt} of {MaxAttempts} in {Delay}.",
                    arguments.Outcome.Result is { } response ? (int)response.StatusCode : arguments.Outcome.Exception?.GetType().Name,
                    arguments.AttemptNumber + 1,
                    options.MaxRetryAttempts,
                    arguments.RetryDelay);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }
}
