using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using Assistant.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine.Conversations;

/// <summary>
/// The live conversations, in memory, each backed by a small durable record in the bot's state
/// store, so that after a restart a known conversation id (and the token naming it) still works.
/// Conversations idle longer than <see cref="DirectLineOptions.IdleExpiry"/> are forgotten.
/// </summary>
internal sealed class DirectLineConversations(IStorage storage, TimeProvider timeProvider, IOptions<DirectLineOptions> options)
{
    private const string KeyPrefix = "directline/conversations/";
    private readonly ConcurrentDictionary<string, DirectLineConversation> _live = new(StringComparer.Ordinal);

    public int Count => _live.Count;

    /// <summary>A new random id: 128 bits, URL-safe, so ids cannot be guessed.</summary>
    public static string NewId(string prefix = "") =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The conversation with this id, from memory or the durable store; null when unknown or expired.</summary>
    public async Task<DirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_live.TryGetValue(id, out var live))
        {
            if (!IsExpired(live.LastActive, now))
            {
                return live;
            }

            await ForgetAsync(live, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (!IsStorableId(id))
        {
            return null;
        }

        var items = await storage.ReadAsync([KeyPrefix + id], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(KeyPrefix + id, out var item))
        {
            return null;
        }

        StoredConversation? stored;
        try
        {
            stored = item.Document.Deserialize<StoredConversation>();
        }
        catch (JsonException)
        {
            stored = null;
        }

        if (stored is null || !string.Equals(stored.Id, id, StringComparison.Ordinal) || IsExpired(stored.LastActive, now))
        {
            return null;
        }

        return _live.GetOrAdd(id, _ => new DirectLineConversation(stored, options.Value.MaxActivitiesPerConversation));
    }

    /// <summary>Starts a conversation; null when the limit of live conversations is reached.</summary>
    public async Task<DirectLineConversation?> StartAsync(string id, string userId, CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken).ConfigureAwait(false);
        if (_live.Count >= options.Value.MaxConversations)
        {
            return null;
        }

        var conversation = new DirectLineConversation(
            new StoredConversation(id, userId, 0, timeProvider.GetUtcNow()),
            options.Value.MaxActivitiesPerConversation);
        conversation = _live.GetOrAdd(id, conversation);
        await PersistAsync(conversation, cancellationToken).ConfigureAwait(false);
        return conversation;
    }

    /// <summary>Writes the conversation's durable record; the newest state always lands last.</summary>
    public async Task PersistAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await conversation.PersistLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var document = JsonSerializer.SerializeToElement(conversation.Snapshot());
            await storage.WriteAsync([new StoreChange(KeyPrefix + conversation.Id, document)], cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            conversation.PersistLock.Release();
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var conversation in _live.Values.Where(c => IsExpired(c.LastActive, now)).ToArray())
        {
            await ForgetAsync(conversation, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ForgetAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        if (_live.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            conversation.DetachAll()?.Close("expired");
            await storage.DeleteAsync([KeyPrefix + conversation.Id], cancellationToken).ConfigureAwait(false);
        }
    }

    private bool IsExpired(DateTimeOffset lastActive, DateTimeOffset now) => now - lastActive >= options.Value.IdleExpiry;

    // Only ids this channel could have made reach the store: a bounded length of URL-safe characters.
    private static bool IsStorableId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
