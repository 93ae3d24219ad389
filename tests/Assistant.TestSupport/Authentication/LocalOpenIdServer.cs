using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.TestSupport.Authentication;

/// <summary>
/// A real HTTP server on 127.0.0.1 (random port) that plays two OpenID providers: the Bot Framework
/// channel issuer and the Emulator (Entra) issuer, each with a metadata document and a key set.
/// </summary>
public sealed class LocalOpenIdServer : IAsyncDisposable
{
    public const string Channel = "channel";
    public const string Emulator = "emulator";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Provider> _providers = new();

    private LocalOpenIdServer(WebApplication app)
    {
        _app = app;
        _providers[Channel] = new Provider();
        _providers[Emulator] = new Provider();
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Channel metadata, at the same path as login.botframework.com's.</summary>
    public Uri ChannelMetadataUrl => new(BaseAddress, $"{Channel}/v1/.well-known/openidconfiguration");

    /// <summary>Emulator metadata, at the same path as Entra's common endpoint.</summary>
    public Uri EmulatorMetadataUrl => new(BaseAddress, $"{Emulator}/common/v2.0/.well-known/openid-configuration");

    /// <summary>Starts a server publishing the usual test keys.</summary>
    public static async Task<LocalOpenIdServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LocalOpenIdServer(app);
        app.MapGet("/{provider}/{**document}", (string provider, string document) => server.Serve(provider, document));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address + "/");
        server.Publish(Channel, TestKeys.Channel, TestKeys.Unendorsed);
        server.Publish(Emulator, TestKeys.Emulator, TestKeys.EndorsedEmulator);
        return server;
    }

    /// <summary>Replaces a provider's key set.</summary>
    public void Publish(string provider, params TestSigningKey[] keys) =>
        _providers[provider].KeySet = new JsonObject { ["keys"] = new JsonArray(keys.Select(k => (JsonNode?)k.ToJwk()).ToArray()) }.ToJsonString();

    /// <summary>Replaces a provider's key set with a raw document.</summary>
    public void PublishRaw(string provider, string keySet) => _providers[provider].KeySet = keySet;

    /// <summary>Makes the provider's metadata document point its jwks_uri elsewhere.</summary>
    public void SetJwksUri(string provider, Uri jwksUri) => _providers[provider].JwksUri = jwksUri;

    /// <summary>Makes the provider answer its metadata (or key set) with this status instead.</summary>
    public void Fail(string provider, HttpStatusCode? metadata, HttpStatusCode? keySet = null)
    {
        _providers[provider].MetadataFailure = metadata;
        _providers[provider].KeySetFailure = keySet;
    }

    public int MetadataRequests(string provider) => _providers[provider].MetadataRequests;

    public int KeySetRequests(string provider) => _providers[provider].KeySetRequests;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Serve(string name, string document)
    {
        if (!_providers.TryGetValue(name, out var provider))
        {
            return Results.NotFound();
        }

        if (document == "keys")
        {
            Interlocked.Increment(ref provider.KeySetRequests);
            return provider.KeySetFailure is { } failure
                ? Results.StatusCode((int)failure)
                : Results.Text(provider.KeySet, "application/json");
        }

        Interlocked.Increment(ref provider.MetadataRequests);
        if (provider.MetadataFailure is { } metadataFailure)
        {
            return Results.StatusCode((int)metadataFailure);
        }

        var metadata = new JsonObject
        {
            ["issuer"] = name == Channel ? ChannelTokens.Issuer : "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["jwks_uri"] = (provider.JwksUri ?? new Uri(BaseAddress, $"{name}/keys")).AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        };
        return Results.Text(metadata.ToJsonString(), "application/json");
    }

    private sealed class Provider
    {
        public int MetadataRequests;
        public int KeySetRequests;

        public volatile string KeySet = """{"keys":[]}""";
        public volatile Uri? JwksUri;
        public HttpStatusCode? MetadataFailure;
        public HttpStatusCode? KeySetFailure;
    }
}
