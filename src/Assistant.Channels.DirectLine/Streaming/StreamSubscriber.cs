using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Assistant.Channels.BotFramework.Schema;
using Assistant.Channels.DirectLine.Conversations;

namespace Assistant.Channels.DirectLine.Streaming;

/// <summary>
/// One client's WebSocket on a conversation's <c>streamUrl</c>. Activity sets are queued without
/// waiting (pushes happen under the conversation's lock) and written by one loop; an empty message
/// keeps idle connections open. A client that reads too slowly, or a socket that breaks, ends only
/// this subscriber: the client reconnects with its watermark and gets what it missed.
/// </summary>
internal sealed class StreamSubscriber
{
    private const int QueueLength = 64;
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan CloseHandshake = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly TimeProvider _timeProvider;
    private readonly Channel<ReadOnlyMemory<byte>> _queue = Channel.CreateBounded<ReadOnlyMemory<byte>>(
        new BoundedChannelOptions(QueueLength) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private string? _closeReason;

    public StreamSubscriber(WebSocket socket, TimeProvider timeProvider)
    {
        _socket = socket;
        _timeProvider = timeProvider;
    }

    /// <summary>Queues a set for sending; a full queue ends the subscriber instead of blocking the conversation.</summary>
    public void TryPush(ActivitySet set)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(set, BotFrameworkJson.Options);
        if (!_queue.Writer.TryWrite(bytes))
        {
            Close("overflow");
        }
    }

    /// <summary>Ends the subscriber; the socket is closed with <paramref name="reason"/> (e.g. <c>collision</c>).</summary>
    public void Close(string reason)
    {
        Interlocked.CompareExchange(ref _closeReason, reason, null);
        _queue.Writer.TryComplete();
    }

    /// <summary>Sends until the client leaves, the subscriber is closed, or the host stops. Never throws for a broken socket.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = DrainIncomingAsync(stop);
        try
        {
            await WriteLoopAsync(stop.Token).ConfigureAwait(false);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, _closeReason ?? "closing", CancellationToken.None).ConfigureAwait(false);

                // Let the client answer the close before the connection goes, or it sees a reset instead of the reason.
                await reading.WaitAsync(CloseHandshake, _timeProvider, stop.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException or TimeoutException)
        {
            // The client went away mid-send: nothing to do, the client reconnects with its watermark.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        var reader = _queue.Reader;
        while (!cancellationToken.IsCancellationRequested)
        {
            using var idle = new CancellationTokenSource(KeepAlive, _timeProvider);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
            bool more;
            try
            {
                more = await reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Nothing to send for a while: an empty message, as Direct Line sends, keeps proxies from closing the socket.
                await _socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!more)
            {
                return;
            }

            while (reader.TryRead(out var message))
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Reads and ignores what the client sends (directlinejs pings with empty messages); a close or
    /// a broken connection stops the writer too.
    /// </summary>
    private async Task DrainIncomingAsync(CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, stop.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // A vanished client is the normal way a socket ends.
        }

        Close("client closed");
        await stop.CancelAsync().ConfigureAwait(false);
    }
}
