using System.Net.Http.Headers;
using System.Text.Json;
using Assistant.Channels.BotFramework.Authentication;
using Assistant.Channels.BotFramework.Schema;

namespace Assistant.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector client over a typed HttpClient. Paths, escaping and headers follow the SDK's
/// Conversations/ConnectorClient; the retries are ours (see <see cref="ConnectorRetryPipeline"/>).
/// </summary>
internal sealed class ConnectorClient(HttpClient httpClient, IBotTokenProvider tokenProvider, ConnectorRetryPipeline retry) : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");
    private static readonly ProductInfoHeaderValue ProtocolAgent = new("Microsoft-BotFramework", "3.1");
    private static readonly ProductInfoHeaderValue LibraryAgent = new(
        "Assistant.Channels.BotFramework",
        typeof(ConnectorClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, Required(activity.ReplyToId, "replyToId"));

        // Bots must not set the id of what they send (A2031); the SDK's adapter clears it too.
        return SendAsync(HttpMethod.Post, uri, activity with { Id = null }, "ReplyToActivity", cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, activityId: null);
        return SendAsync(HttpMethod.Post, uri, activity with { Id = null }, "SendToConversation", cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, Required(activity.Id, "id"));
        return SendAsync(HttpMethod.Put, uri, activity, "UpdateActivity", cancellationToken);
    }

    public async Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var uri = ActivitiesUri(reference.ServiceUrl, reference.Conversation?.Id, Required(reference.ActivityId, "activityId"));
        using var response = await CallAsync(HttpMethod.Delete, uri, body: null, "DeleteActivity", cancellationToken).ConfigureAwait(false);
    }

    // serviceUrl + "/" when missing + "v3/conversations/{id}/activities[/{activityId}]", each id
    // escaped as a data string: Teams ids hold ':' ';' '@' '=' that must not become path syntax.
    private static Uri ActivitiesUri(string? serviceUrl, string? conversationId, string? activityId)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service) || (service.Scheme != Uri.UriSchemeHttps && service.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The activity has no absolute http(s) serviceUrl to send to.", nameof(serviceUrl));
        }

        var path = $"v3/conversations/{Uri.EscapeDataString(Required(conversationId, "conversation.id"))}/activities";
        if (activityId is not null)
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        var baseUrl = service.AbsoluteUri;
        return new Uri(new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"), path);
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The activity has no {field}, which the Bot Connector call needs.", field) : value;

    private async Task<ResourceResponse> SendAsync(HttpMethod method, Uri uri, Activity activity, string operation, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, BotFrameworkJson.Options);
        using var response = await CallAsync(method, uri, body, operation, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ResourceResponse(null);
        }

        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(text, BotFrameworkJson.Options) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            // The activity was delivered; only its id is unknown, which is not worth failing the turn for.
            return new ResourceResponse(null);
        }
    }

    private async Task<HttpResponseMessage> CallAsync(HttpMethod method, Uri uri, byte[]? body, string operation, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await retry.Pipeline.ExecuteAsync(
                async attemptToken =>
                {
                    // A request message can be sent once only, and the token may have been renewed
                    // since the last attempt, so every attempt builds its own.
                    using var request = new HttpRequestMessage(method, uri);
                    request.Headers.UserAgent.Add(ProtocolAgent);
                    request.Headers.UserAgent.Add(LibraryAgent);
                    request.Headers.Accept.Add(AcceptJson);
                    request.Headers.ExpectContinue = false;
                    var token = await tokenProvider.GetTokenAsync(attemptToken).ConfigureAwait(false);
                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    }

                    if (body is not null)
                    {
                        request.Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } };
                    }

                    return await httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, attemptToken).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            throw new ConnectorException($"Could not reach the Bot Connector for {operation}: {exception.Message}", exception);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await FailureAsync(response, operation, cancellationToken).ConfigureAwait(false);
        }
    }

    // The connector explains failures as ErrorResponse {"error":{"code","message"}}; other bodies
    // (a gateway's HTML) are left out of the message.
    private static async Task<ConnectorException> FailureAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        string? code = null;
        string? detail = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                detail = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Not an ErrorResponse; the status says enough.
        }

        var status = (int)response.StatusCode;
        var message = $"The Bot Connector answered {status} ({response.StatusCode}) to {operation}"
            + (code is null ? "." : $": {code}{(detail is null ? string.Empty : " – " + detail)}");
        return new ConnectorException(message, response.StatusCode, code);
    }
}
