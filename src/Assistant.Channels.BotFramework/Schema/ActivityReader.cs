using System.Buffers;
using System.Text.Json;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// Reads an activity from a request body the way every endpoint that accepts one must: never more
/// than a limit into memory, and malformed JSON as a result rather than an exception.
/// </summary>
public static class ActivityReader
{
    /// <summary>
    /// Reads the activity in <paramref name="body"/>, refusing a declared
    /// <paramref name="contentLength"/> over <paramref name="limit"/> before reading a byte, and a
    /// body that turns out longer while reading (chunked, no length). An activity without a
    /// <c>type</c> counts as malformed.
    /// </summary>
    public static async Task<Result> ReadAsync(Stream body, long? contentLength, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (contentLength > limit)
        {
            return Result.TooLarge;
        }

        using var buffer = new MemoryStream();
        if (!await CopyLimitedAsync(body, buffer, limit, cancellationToken).ConfigureAwait(false))
        {
            return Result.TooLarge;
        }

        // Parsed where it was read, without copying the body out of the buffer first.
        var activity = Parse(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
        return string.IsNullOrWhiteSpace(activity?.Type) ? Result.Malformed : new Result(activity, IsTooLarge: false);
    }

    /// <summary>Copies <paramref name="body"/> into <paramref name="buffer"/>; false as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    private static async Task<bool> CopyLimitedAsync(Stream body, MemoryStream buffer, int limit, CancellationToken cancellationToken)
    {
        // Every inbound activity passes here; the read buffer is pooled rather than allocated per request.
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return false;
                }

                buffer.Write(chunk, 0, read);
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The activity in <paramref name="body"/>, or null when it is not a JSON activity.</summary>
    private static Activity? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(body, BotFrameworkJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// What <see cref="ReadAsync"/> found: the activity (with a <c>type</c>), or none because the
    /// body was too large (413) or was not an activity (400).
    /// </summary>
    public sealed record Result(Activity? Activity, bool IsTooLarge)
    {
        internal static readonly Result TooLarge = new(null, IsTooLarge: true);
        internal static readonly Result Malformed = new(null, IsTooLarge: false);
    }
}
