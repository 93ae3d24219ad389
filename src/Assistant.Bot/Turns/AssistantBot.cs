using System.Net;
using System.Text.Json;
using Assistant.Bot.Adapter;
using Assistant.Channels.BotFramework.Schema;
using Assistant.Conversation;
using Assistant.Conversation.Replies;
using Assistant.Conversation.Turns;
using Assistant.Storage.State;

namespace Assistant.Bot.Turns;

/// <summary>
/// The assistant as a Bot Framework bot, in the shape of the SDK's <c>ActivityHandler</c>: messages
/// go to the conversation engine, a new member or an installation gets the welcome, Teams card
/// actions are answered as invokes, and every other activity type is accepted and ignored.
/// </summary>
public sealed partial class AssistantBot(
    ConversationEngine engine,
    ConversationState<ConversationMemory> state,
    ILogger<AssistantBot> logger) : IBot
{
    /// <summary>The invoke Teams sends for an Adaptive Card <c>Action.Execute</c> or universal action.</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>An update, plus a reset of unusable state and one more update.</summary>
    private const int MaxStateAttempts = 3;

    public Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return activity.Type switch
        {
            ActivityTypes.Message => OnMessageAsync(turnContext, ToUserTurn(activity), cancellationToken),
            ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true
                => SendAsync(turnContext, [ConversationEngine.Welcome()], cancellationToken),
            ActivityTypes.InstallationUpdate when activity.Action?.StartsWith("add", StringComparison.Ordinal) == true
                => SendAsync(turnContext, [ConversationEngine.Welcome()], cancellationToken),
            ActivityTypes.Invoke when activity.Name == AdaptiveCardActionInvoke => OnCardActionAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task OnMessageAsync(TurnContext turn, UserTurn userTurn, CancellationToken cancellationToken)
    {
        var result = await RespondWithStateAsync(turn.Activity, userTurn, cancellationToken).ConfigureAwait(false);
        LogTurn(logger, result.Outcome, result.PersonalDataFound.Count);
        await SendAsync(turn, result.Replies, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnCardActionAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var data = turn.Activity.Value is JsonElement value && value.ValueKind == JsonValueKind.Object
            && value.TryGetProperty("action", out var action) && action.TryGetProperty("data", out var actionData)
            ? actionData
            : (JsonElement?)null;
        var choice = ChoiceFrom(data);
        if (choice is null)
        {
            turn.InvokeResponse = new InvokeResponse((int)HttpStatusCode.BadRequest, JsonSerializer.SerializeToElement(new
            {
                statusCode = 400,
                type = "application/vnd.microsoft.error",
                value = new { code = "BadRequest", message = "Handlingen mangler et valg." },
            }));
            return;
        }

        await OnMessageAsync(turn, new UserTurn(null, choice), cancellationToken).ConfigureAwait(false);
        turn.InvokeResponse = new InvokeResponse((int)HttpStatusCode.OK, JsonSerializer.SerializeToElement(new
        {
            statusCode = 200,
            type = "application/vnd.microsoft.activity.message",
            value = "Svaret er sendt.",
        }));
    }

    /// <summary>
    /// Runs the turn inside an optimistic-concurrency update of the conversation's state, so two
    /// messages arriving at once never lose an update. State an older release wrote, or state that
    /// cannot be read, is replaced by a fresh start; state a newer release wrote (during a rolling
    /// upgrade) is left alone and the turn is answered without it.
    /// </summary>
    private async Task<TurnResult> RespondWithStateAsync(Activity activity, UserTurn userTurn, CancellationToken cancellationToken)
    {
        if (activity.ChannelId is not { Length: > 0 } channelId || channelId.Contains('/', StringComparison.Ordinal)
            || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return engine.Respond(userTurn);
        }

        var key = new ConversationKey(channelId, conversationId);
        for (var attempt = 0; attempt < MaxStateAttempts; attempt++)
        {
            TurnResult? result = null;
            var update = await state.UpdateAsync(key, memory => Apply(memory ?? ConversationMemory.Empty, userTurn, out result), cancellationToken).ConfigureAwait(false);
            switch (update.Outcome)
            {
                case StateUpdateOutcome.Updated when result is not null:
                    return result;
                case StateUpdateOutcome.Incompatible when update.StoredSchemaVersion > ConversationMemory.SchemaVersion:
                    return engine.Respond(userTurn);
                case StateUpdateOutcome.Incompatible or StateUpdateOutcome.Unreadable:
                    LogStateReset(logger, update.Outcome);

                    // Conditional on the ETag the update found, so a turn that wrote since is not overwritten.
                    await state.WriteAsync(key, ConversationMemory.Empty, update.ETag, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException($"The conversation state could not be updated ({update.Outcome}).");
            }
        }

        throw new InvalidOperationException("The conversation state could not be reset.");
    }

    private ConversationMemory Apply(ConversationMemory memory, UserTurn userTurn, out TurnResult result)
    {
        var answered = engine.Respond(userTurn, memory.Dialog);
        result = answered.Result;
        return new ConversationMemory(memory.Turns + 1, answered.State);
    }

    private static async Task SendAsync(TurnContext turn, IReadOnlyList<AssistantReply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            await turn.SendActivityAsync(ReplyActivities.Render(turn, reply), cancellationToken).ConfigureAwait(false);
        }
    }

    private static UserTurn ToUserTurn(Activity activity) => new(activity.Text, ChoiceFrom(activity.Value));

    /// <summary>The choice in card submit data: <c>{"value": "…"}</c>.</summary>
    private static string? ChoiceFrom(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Message answered: {Outcome}, personal data items removed: {PersonalDataCount}")]
    private static partial void LogTurn(ILogger logger, string outcome, int personalDataCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation state was {Outcome}; starting the conversation afresh")]
    private static partial void LogStateReset(ILogger logger, StateUpdateOutcome outcome);
}
