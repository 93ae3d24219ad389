using System.Net;

namespace Assistant.Channels.Authentication;

/// <summary>What the authenticator needs to know about one inbound request and its activity.</summary>
/// <param name="AuthorizationHeader">The raw <c>Authorization</c> header, or null when absent.</param>
/// <param name="ChannelId">The activity's <c>channelId</c>; it must be endorsed by the key that signed a channel token.</param>
/// <param name="ServiceUrl">The activity's <c>serviceUrl</c>; when not null, a channel token's <c>serviceurl</c> claim must name it.</param>
/// <param name="RemoteIpAddress">The connection's remote address, or null when unknown (it then counts as not loopback).</param>
public sealed record BotRequest(
    string? AuthorizationHeader,
    string? ChannelId,
    string? ServiceUrl,
    IPAddress? RemoteIpAddress);
