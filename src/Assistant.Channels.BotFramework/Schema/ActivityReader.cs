using System.Text.Json;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// Reads an activity from a request body the way every endpoint that accepts one must: never more
/// than a limit into memory, and malformed JSON as a result rather than an exception.
/// </summary>
public static class ActivityReader
{
    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The activity in <paramref name="body"/>, or null when it is not a JSON activity.</summary>
    public static Activity? Parse(byte[] body)
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
}
