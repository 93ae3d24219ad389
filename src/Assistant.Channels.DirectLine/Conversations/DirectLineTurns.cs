using Assistant.Channels.BotFramework.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine.Conversations;

/// <summary>
/// Hands activities to the bot as Azure's Direct Line would: a <c>conversationUpdate</c> with bot
/// and user when a conversation starts (so the bot welcomes), then every posted activity, each
/// turn with a connector that writes into its own conversation. While the bot works, the socket
/// shows a typing indicator, as the SDK's ShowTypingMiddleware would.
/// </summary>
internal sealed partial class DirectLineTurns(
    IDirectLineBot bot,
    DirectLineConversations conversations,
    TimeProvider timeProvider,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurns> logger)
{
    public ChannelAccount Bot => new() { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };

    public static ChannelAccount User(string userId) => new() { Id = userId, Role = RoleTypes.User };

    /// <summary>Tells the bot about the new conversation without holding up the client's start request.</summary>
    public void Started(DirectLineConversation conversation, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = DirectLineConversations.NewId(),
            Timestamp = timeProvider.GetUtcNow(),
            ChannelId = ChannelIds.Webchat,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = User(conversation.UserId),
            Recipient = Bot,
            MembersAdded = [Bot, User(conversation.UserId)],
        };
        _ = Task.Run(async () =>
        {
            if (!await RunAsync(conversation, update, showTyping: false).ConfigureAwait(false))
            {
                LogStartFailed(logger);
            }
        });
    }

    /// <summary>Runs one turn; false when the bot failed or took longer than <see cref="DirectLineOptions.TurnTimeout"/>.</summary>
    public async Task<bool> RunAsync(DirectLineConversation conversation, Activity activity, bool showTyping = true)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);

        // The turn belongs to the host, not to the request: a client that hangs up must not cut a
        // turn (and its state update) in half. Only shutdown and the time limit stop it.
        using var limit = new CancellationTokenSource(options.Value.TurnTimeout, timeProvider);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, lifetime.ApplicationStopping);
        var user = User(conversation.UserId);
        if (showTyping)
        {
            conversation.Signal(new Activity
            {
                Type = ActivityTypes.Typing,
                ChannelId = ChannelIds.Webchat,
                Conversation = new ConversationAccount { Id = conversation.Id },
                From = Bot,
                Recipient = user,
            }, timeProvider.GetUtcNow());
        }

        try
        {
            var connector = new DirectLineConnector(conversation, conversations, Bot, user, timeProvider);
            await bot.ProcessActivityAsync(activity, connector, stop.Token).ConfigureAwait(false);
            return true;
        }
#pragma warning disable CA1031 // The bot's own boundary handles turn errors; whatever still escapes becomes a 502, as Direct Line answers.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogTurnFailed(logger, e, activity.Type);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot did not take the start of a Direct Line conversation")]
    private static partial void LogStartFailed(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A Direct Line {ActivityType} activity could not be handed to the bot")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType);
}
