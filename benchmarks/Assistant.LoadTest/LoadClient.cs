using System.Diagnostics;
using System.Net;
using System.Text;

namespace Assistant.LoadTest;

/// <summary>
/// Sends a number of requests from a fixed number of concurrent conversations, each conversation
/// one request at a time (as a user in a chat is), and times every request.
/// </summary>
internal sealed class LoadClient(Uri endpoint, string? authorization, int concurrency) : IDisposable
{
    // Open-loop runs may have more requests in flight than conversations; they then wait for a connection, and that wait is counted.
    private readonly HttpClient _client = new(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Runs <paramref name="total"/> requests; <paramref name="body"/> makes the body for (conversation, sequence number).</summary>
    public async Task<Measurement> RunAsync(int total, Func<int, int, string> body)
    {
        var latencies = new double[total];
        var next = -1;
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(conversation => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < total)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(body(conversation, index)).ConfigureAwait(false);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new Measurement(latencies, clock.Elapsed, failures);
    }

    /// <summary>
    /// Sends <paramref name="total"/> requests at a fixed rate, whether or not earlier ones were
    /// answered (open loop), request i going to conversation i mod the concurrency. Each request is
    /// timed twice: from when it was due, so that a request the client itself sent late still counts
    /// its wait, and from when it was sent, which is the turn alone.
    /// </summary>
    public async Task<(Measurement FromDue, Measurement FromSent)> RunAtRateAsync(int total, int perSecond, Func<int, int, string> body)
    {
        var fromDue = new double[total];
        var fromSent = new double[total];
        var failures = 0;
        var sends = new Task[total];
        var clock = Stopwatch.StartNew();
        var started = Stopwatch.GetTimestamp();

        async Task SendTimedAsync(int index, long due)
        {
            var sent = Stopwatch.GetTimestamp();
            var ok = await SendAsync(body(index % concurrency, index)).ConfigureAwait(false);
            var done = Stopwatch.GetTimestamp();
            fromDue[index] = Stopwatch.GetElapsedTime(due, done).TotalMilliseconds;
            fromSent[index] = Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds;
            if (!ok)
            {
                Interlocked.Increment(ref failures);
            }
        }

        // A thread of its own that sleeps a millisecond at a time and starts every request that has
        // fallen due: a timer and the thread pool woke it later, and that lateness was counted as the bot's.
        await Task.Factory.StartNew(
            () =>
            {
                var next = 0;
                while (next < total)
                {
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
                    for (; next < total && (double)next / perSecond <= elapsed; next++)
                    {
                        sends[next] = SendTimedAsync(next, started + (long)((double)next / perSecond * Stopwatch.Frequency));
                    }

                    Thread.Sleep(1);
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).ConfigureAwait(false);

        await Task.WhenAll(sends).ConfigureAwait(false);
        return (new Measurement(fromDue, clock.Elapsed, failures), new Measurement(fromSent, clock.Elapsed, failures));
    }

    public void Dispose() => _client.Dispose();

    private async Task<bool> SendAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        try
        {
            using var response = await _client.SendAsync(request).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            // A turn counts only when it really answered: 200 and at least one message activity.
            return response.StatusCode == HttpStatusCode.OK && text.Contains("\"type\":\"message\"", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
