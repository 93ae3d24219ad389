using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.BotFramework.Schema;

namespace Assistant.Channels.DirectLine;

/// <summary>
/// The bot behind the embedded channel. Where Azure's Direct Line would POST an activity to
/// <c>/api/messages</c> and take the replies on its Bot Connector, the embedded channel calls the
/// host's adapter in-process and hands it a connector whose replies land in the Direct Line
/// conversation. The host implements this with the same turn pipeline and error boundary as
/// <c>/api/messages</c>.
/// </summary>
public interface IDirectLineBot
{
    /// <summary>Runs one turn for <paramref name="activity"/>; replies go to <paramref name="connector"/>.</summary>
    Task ProcessActivityAsync(Activity activity, IConnectorClient connector, CancellationToken cancellationToken);
}
