using Microsoft.Identity.Client;

namespace Assistant.Channels.BotFramework.Authentication;

/// <summary>MSAL's HTTP through IHttpClientFactory, so its handlers are pooled and configurable like any other client.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string ClientName = "Assistant.Channels.BotFramework.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ClientName);
}
