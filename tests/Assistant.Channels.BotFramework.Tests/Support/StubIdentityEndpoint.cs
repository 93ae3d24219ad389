using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Assistant.Channels.BotFramework.Tests.Support;

/// <summary>
/// Stands in for Entra ID and the managed identity endpoint as MSAL's HTTP handler, in process:
/// records each request and answers token requests with <see cref="AccessToken"/> (or an error).
/// Nothing leaves the machine.
/// </summary>
internal sealed class StubIdentityEndpoint : HttpMessageHandler
{
    public const string AccessToken = "token-from-stub";

    private readonly ConcurrentQueue<(Uri Uri, string Body)> _requests = new();

    /// <summary>When set, token requests fail with this OAuth error.</summary>
    public string? Error { get; init; }

    public IReadOnlyList<(Uri Uri, string Body)> Requests => [.. _requests];

    /// <summary>The requests that asked for a token (not instance discovery).</summary>
    public IReadOnlyList<(Uri Uri, string Body)> TokenRequests => [.. _requests.Where(r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal))];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue((request.RequestUri!, body));
        if (!request.RequestUri!.AbsolutePath.EndsWith("/token", StringComparison.Ordinal))
        {
            // Instance discovery: an empty answer makes MSAL fall back on what it knows of the cloud.
            return Json(HttpStatusCode.OK, "{}");
        }

        if (Error is not null)
        {
            return Json(HttpStatusCode.BadRequest, $$"""{"error":"{{Error}}","error_description":"AADSTS7000215: Invalid client secret provided."}""");
        }

        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return Json(HttpStatusCode.OK, $$"""
            {"token_type":"Bearer","expires_in":3599,"expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","access_token":"{{AccessToken}}"}
            """);
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
