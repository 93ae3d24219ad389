namespace Assistant.Channels.BotFramework.Connector;

/// <summary>Reads an HTTP <c>Retry-After</c> header, in either of its forms.</summary>
internal static class RetryAfter
{
    /// <summary>
    /// How long the server asked to wait: delta-seconds as given, an HTTP-date less
    /// <paramref name="now"/> (zero once passed); null when there is no readable header.
    /// </summary>
    public static TimeSpan? Of(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }
}
