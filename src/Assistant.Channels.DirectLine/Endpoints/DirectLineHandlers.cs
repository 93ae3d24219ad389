using Assistant.Channels.BotFramework.Schema;
using Assistant.Channels.DirectLine.Conversations;
using Assistant.Channels.DirectLine.Streaming;
using Assistant.Channels.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.DirectLine.Endpoints;

/// <summary>
/// The Direct Line 3.0 operations Web Chat uses. Every call but the two that start something needs
/// a token naming the conversation in the path: a bad or expired token, or one for another
/// conversation, is 403; a conversation that is unknown or expired is 404; a watermark this
/// conversation never handed out is 400.
/// </summary>
internal sealed class DirectLineHandlers(
    DirectLineTokens tokens,
    DirectLineConversations conversations,
    DirectLineTurns turns,
    TimeProvider timeProvider,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime)
{
    public IResult Generate()
    {
        var claims = NewClaims();
        var token = tokens.Issue(claims);
        return Results.Json(new ConversationResponse(claims.ConversationId, token.Token, token.ExpiresIn, null));
    }

    public async Task<IResult> RefreshAsync(HttpContext http)
    {
        var claims = await tokens.ValidateAsync(Bearer(http)).ConfigureAwait(false);
        if (claims is null)
        {
            return Forbidden();
        }

        var token = tokens.Issue(claims);
        return Results.Json(new ConversationResponse(claims.ConversationId, token.Token, token.ExpiresIn, null));
    }

    /// <summary>
    /// Starts the token's conversation (201), or answers 200 for one already started, as Direct Line
    /// does. Without a token, starts a new conversation for a new user: the local endpoint has no
    /// secret to exchange.
    /// </summary>
    public async Task<IResult> StartAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var bearer = Bearer(http);
        TokenClaims claims;
        if (bearer is null)
        {
            claims = NewClaims();
        }
        else if (await tokens.ValidateAsync(bearer).ConfigureAwait(false) is { } valid)
        {
            claims = valid;
        }
        else
        {
            return Forbidden();
        }

        if (await conversations.FindAsync(claims.ConversationId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return Results.Json(Describe(http, existing, claims, watermark: null));
        }

        var started = await conversations.StartAsync(claims.ConversationId, claims.UserId, cancellationToken).ConfigureAwait(false);
        if (started is null)
        {
            http.Response.Headers.RetryAfter = "60";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        turns.Started(started, ServiceUrl(http));
        return Results.Json(Describe(http, started, claims, watermark: null), statusCode: StatusCodes.Status201Created);
    }

    /// <summary>Reconnects to a conversation: a fresh token and a stream URL that resumes after the watermark.</summary>
    public async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var (claims, conversation, failure) = await AuthorizeAsync(http, conversationId, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!conversation!.TryParseWatermark(watermark, out _))
        {
            return Results.BadRequest();
        }

        conversation.Touch(timeProvider.GetUtcNow());
        return Results.Json(Describe(http, conversation, claims!, watermark));
    }

    public async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var (_, conversation, failure) = await AuthorizeAsync(http, conversationId, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!conversation!.TryParseWatermark(watermark, out var after))
        {
            return Results.BadRequest();
        }

        conversation.Touch(timeProvider.GetUtcNow());
        return Results.Json(conversation.After(after), BotFrameworkJson.Options);
    }

    /// <summary>
    /// Takes the user's activity: stamps it as the channel does (id, timestamp, channel, the token's
    /// user), echoes it to the conversation with its <c>channelData</c> (Web Chat matches the echo
    /// by <c>clientActivityID</c>), and runs the bot's turn before answering with the id.
    /// </summary>
    public async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, CancellationToken cancellationToken)
    {
        var (claims, conversation, failure) = await AuthorizeAsync(http, conversationId, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var read = await ActivityReader.ReadAsync(http.Request.Body, http.Request.ContentLength, options.Value.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (read.IsTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (read.Activity is not { } activity
            || activity.Type is ActivityTypes.ConversationUpdate or ActivityTypes.Invoke or ActivityTypes.Trace)
        {
            return Results.BadRequest();
        }

        var now = timeProvider.GetUtcNow();
        if (activity.Type == ActivityTypes.Typing)
        {
            conversation!.Touch(now);
            return Results.NoContent();
        }

        var incoming = activity with
        {
            ChannelId = ChannelIds.Webchat,
            ServiceUrl = ServiceUrl(http),
            Conversation = new ConversationAccount { Id = conversation!.Id },
            From = (activity.From ?? new ChannelAccount()) with { Id = claims!.UserId, Role = RoleTypes.User },
            Recipient = turns.Bot,
            CallerId = null,
            DeliveryMode = null,
        };

        var echoed = conversation.Append(incoming, now);
        await conversations.PersistAsync(conversation, cancellationToken).ConfigureAwait(false);
        return await turns.RunAsync(conversation, echoed).ConfigureAwait(false)
            ? Results.Json(new ResourceResponse(echoed.Id))
            : Results.StatusCode(StatusCodes.Status502BadGateway);
    }

    /// <summary>The WebSocket stream: the token comes in the query (<c>t</c>), as the browser cannot send headers on it.</summary>
    public async Task<IResult> StreamAsync(HttpContext http, string conversationId, string? t, string? watermark, CancellationToken cancellationToken)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return Results.BadRequest();
        }

        var (_, conversation, failure) = await AuthorizeAsync(http, conversationId, cancellationToken, t).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        if (!conversation!.TryParseWatermark(watermark, out var after))
        {
            return Results.BadRequest();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var subscriber = new StreamSubscriber(socket, timeProvider);
        conversation.Attach(subscriber, after)?.Close("collision");
        conversation.Touch(timeProvider.GetUtcNow());
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await subscriber.RunAsync(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            conversation.Detach(subscriber);
        }

        return Results.Empty;
    }

    private async Task<(TokenClaims? Claims, DirectLineConversation? Conversation, IResult? Failure)> AuthorizeAsync(
        HttpContext http, string conversationId, CancellationToken cancellationToken, string? token = null)
    {
        var claims = await tokens.ValidateAsync(token ?? Bearer(http)).ConfigureAwait(false);
        if (claims is null || !string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, null, Forbidden());
        }

        var conversation = await conversations.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null || !string.Equals(conversation.UserId, claims.UserId, StringComparison.Ordinal))
        {
            return (null, null, Results.NotFound());
        }

        return (claims, conversation, null);
    }

    private ConversationResponse Describe(HttpContext http, DirectLineConversation conversation, TokenClaims claims, string? watermark)
    {
        var token = tokens.Issue(claims);
        var request = http.Request;
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = new QueryBuilder { { "t", token.Token } };
        if (!string.IsNullOrEmpty(watermark))
        {
            query.Add("watermark", watermark);
        }

        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}{DirectLineEndpoints.Prefix}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream{query}";
        return new ConversationResponse(conversation.Id, token.Token, token.ExpiresIn, streamUrl);
    }

    /// <summary>A new conversation for a new user.</summary>
    private static TokenClaims NewClaims() => new(DirectLineConversations.NewId(), DirectLineConversations.NewId("dl_"));

    private static string ServiceUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";

    private static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
    }

    private static IResult Forbidden() => Results.StatusCode(StatusCodes.Status403Forbidden);
}
