using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Assistant.Bot.Telemetry;
using Assistant.Bot.Turns;
using Assistant.Channels.Authentication;
using Assistant.Channels.BotFramework.Connector;
using Assistant.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace Assistant.Bot.Adapter;

/// <summary>
/// Turns an HTTP request on <c>/api/messages</c> into a bot turn, as the SDK's <c>CloudAdapter</c>
/// does: read and check the activity, authenticate it, run the bot inside the turn's one error
/// boundary, and answer with the replies (expectReplies), the invoke response, or 200. Unlike the
/// SDK, every authentication failure is a 401, never a 500.
/// </summary>
public sealed partial class CloudAdapter(
    IBotRequestAuthenticator authenticator,
    IConnectorClient connector,
    IBot bot,
    BotTelemetry telemetry,
    TimeProvider timeProvider,
    IOptions<BotAdapterOptions> options,
    ILogger<CloudAdapter> logger)
{
    public async Task<IResult> ProcessAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var read = await ActivityReader.ReadAsync(http.Request.Body, http.Request.ContentLength, options.Value.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
        if (read.IsTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (read.Activity is not { } activity)
        {
            return Results.BadRequest();
        }

        var authentication = await authenticator.AuthenticateAsync(
            new BotRequest(http.Request.Headers.Authorization.FirstOrDefault(), activity.ChannelId, activity.ServiceUrl, http.Connection.RemoteIpAddress),
            cancellationToken).ConfigureAwait(false);
        if (!authentication.IsAccepted)
        {
            LogRejected(logger, authentication.FailureReason.Value);
            return Results.Unauthorized();
        }

        var turn = new TurnContext(activity, connector, timeProvider);
        await RunTurnAsync(turn, cancellationToken).ConfigureAwait(false);

        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            var invoke = turn.InvokeResponse ?? new InvokeResponse((int)HttpStatusCode.NotImplemented);
            return invoke.Body is JsonElement invokeBody
                ? Results.Json(invokeBody, statusCode: invoke.Status)
                : Results.StatusCode(invoke.Status);
        }

        return turn.ExpectsReplies
            ? Results.Json(new ExpectedReplies(turn.BufferedReplies), BotFrameworkJson.Options)
            : Results.Ok();
    }

    /// <summary>
    /// Runs a turn for an activity that arrived through an embedded channel (Direct Line) rather
    /// than <c>/api/messages</c>: the same pipeline and error boundary, with replies going to
    /// <paramref name="connector"/> (the SDK's <c>ProcessActivityAsync</c> with a callback).
    /// </summary>
    public Task ProcessActivityAsync(Channels.BotFramework.Schema.Activity activity, IConnectorClient connector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);
        return RunTurnAsync(new TurnContext(activity, connector, timeProvider), cancellationToken);
    }

    /// <summary>
    /// The one error boundary of a turn: log without message text, apologise to the user, and let
    /// nothing escape. State is only written by a turn that succeeded, so nothing broken remains.
    /// </summary>
    private async Task RunTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = telemetry.StartTurn(turn.Activity);
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken).ConfigureAwait(false);
            telemetry.TurnCompleted(turn.Activity, Stopwatch.GetElapsedTime(started), failed: false);
        }
#pragma warning disable CA1031 // The turn's error boundary: any failure becomes an apology, never a stack trace.
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            telemetry.TurnCompleted(turn.Activity, Stopwatch.GetElapsedTime(started), failed: true);
            LogTurnFailed(logger, e, turn.Activity.Type, turn.Activity.ChannelId);
            await ApologiseAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ApologiseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!string.Equals(turn.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            turn.InvokeResponse ??= new InvokeResponse((int)HttpStatusCode.InternalServerError);
            return;
        }

        try
        {
            await turn.SendActivityAsync(ReplyActivities.Apology(turn), cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // An apology that cannot be delivered must not fail the request a second time.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogApologyFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, AuthenticationFailureReason reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity on {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The apology could not be delivered")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception);
}
