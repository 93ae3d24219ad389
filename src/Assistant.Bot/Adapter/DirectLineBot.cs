using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.DirectLine;
using BotActivity = Assistant.Channels.BotFramework.Schema.Activity;

namespace Assistant.Bot.Adapter;

/// <summary>The embedded Direct Line channel's way into the bot: the adapter's turn pipeline, as <c>/api/messages</c> uses it.</summary>
internal sealed class DirectLineBot(CloudAdapter adapter) : IDirectLineBot
{
    public Task ProcessActivityAsync(BotActivity activity, IConnectorClient connector, CancellationToken cancellationToken) =>
        adapter.ProcessActivityAsync(activity, connector, cancellationToken);
}
