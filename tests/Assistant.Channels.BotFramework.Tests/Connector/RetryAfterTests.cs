using System.Net;
using System.Net.Http.Headers;
using Assistant.Channels.BotFramework.Connector;

namespace Assistant.Channels.BotFramework.Tests.Connector;

public class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_DeltaSeconds_IsThatMany()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)));

        Assert.Equal(TimeSpan.FromSeconds(5), RetryAfter.Of(response, Now));
    }

    [Fact]
    public void Of_FutureDate_IsTheTimeUntilThen()
    {
        using var response = Throttled(new RetryConditionHeaderValue(Now.AddSeconds(30)));

        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.Of(response, Now));
    }

    [Fact]
    public void Of_PastDate_IsZero()
    {
        using var response = Throttled(new RetryConditionHeaderValue(Now.AddSeconds(-30)));

        Assert.Equal(TimeSpan.Zero, RetryAfter.Of(response, Now));
    }

    [Fact]
    public void Of_NoHeader_IsNull()
    {
        using var response = Throttled(null);

        Assert.Null(RetryAfter.Of(response, Now));
    }

    [Fact]
    public void Of_UnreadableHeader_IsNull()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "soon");

        Assert.Null(RetryAfter.Of(response, Now));
    }

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue? retryAfter) =>
        new(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = retryAfter } };
}
