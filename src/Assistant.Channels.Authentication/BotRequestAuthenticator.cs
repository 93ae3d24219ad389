using System.Net;
using Assistant.Channels.Authentication.Metadata;
using Assistant.Channels.Authentication.Tokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Assistant.Channels.Authentication;

/// <summary>
/// The SDK's inbound checks for the public cloud (dotnet: <c>JwtTokenValidation</c>,
/// <c>ParameterizedBotFrameworkAuthentication</c>), returning outcomes instead of throwing.
/// Skills, ASE channels and the government cloud are out of scope: their tokens are rejected.
/// </summary>
internal sealed partial class BotRequestAuthenticator : IBotRequestAuthenticator
{
    private const string BearerScheme = "Bearer";

    private readonly BotAuthenticationOptions _options;
    private readonly ChannelTokenPolicy _channel;
    private readonly EmulatorTokenPolicy _emulator;
    private readonly EmulatorIssuers _emulatorIssuers;
    private readonly BotTokenValidator _validator;
    private readonly ILogger _logger;

    public BotRequestAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotRequestAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;

        var documents = new MetadataDocumentRetriever(httpClientFactory);
        var channelMetadata = new OpenIdMetadataCache(_options.ChannelOpenIdMetadataUrl, documents, timeProvider);
        var emulatorMetadata = _options.EmulatorOpenIdMetadataUrl == _options.ChannelOpenIdMetadataUrl
            ? channelMetadata
            : new OpenIdMetadataCache(_options.EmulatorOpenIdMetadataUrl, documents, timeProvider);
        var appId = _options.MicrosoftAppId ?? string.Empty;

        _emulatorIssuers = new EmulatorIssuers(_options.MicrosoftAppTenantId);
        _channel = new ChannelTokenPolicy(channelMetadata, appId);
        _emulator = new EmulatorTokenPolicy(emulatorMetadata, appId, _emulatorIssuers);
        _validator = new BotTokenValidator(timeProvider, logger);
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(BotRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var outcome = _options.IsAnonymousMode
            ? AuthenticateAnonymous(request)
            : await AuthenticateTokenAsync(request, cancellationToken).ConfigureAwait(false);

        if (outcome.IsAccepted)
        {
            LogAccepted(_logger, outcome.Status, request.ChannelId);
        }
        else
        {
            LogRejected(_logger, outcome.FailureReason.Value, request.ChannelId, request.RemoteIpAddress);
        }

        return outcome;
    }

    /// <summary>
    /// No app id: the SDK accepts every request without a header. Here only requests from this
    /// machine are accepted (the Emulator and a local Direct Line run beside the bot), so a bot
    /// deployed without its app id by mistake is not open to the world.
    /// </summary>
    private AuthenticationOutcome AuthenticateAnonymous(BotRequest request)
    {
        // As in the .NET SDK a token is validated even then, and can never match an empty app id.
        if (!string.IsNullOrWhiteSpace(request.AuthorizationHeader))
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.UnexpectedAuthorizationHeader);
        }

        return _options.AllowAnonymousFromAnyAddress || IsLoopback(request.RemoteIpAddress)
            ? AuthenticationOutcome.Anonymous()
            : AuthenticationOutcome.Rejected(AuthenticationFailureReason.AnonymousNotAllowed);
    }

    private async Task<AuthenticationOutcome> AuthenticateTokenAsync(BotRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.AuthorizationHeader))
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.MissingAuthorizationHeader);
        }

        if (!TryGetBearerToken(request.AuthorizationHeader, out var rawToken))
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.InvalidAuthorizationHeader);
        }

        if (!TryReadToken(rawToken, out var token))
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.MalformedToken);
        }

        // Checked before any key is fetched: "none" and HMAC tokens never reach a network call.
        if (!BotFrameworkTokens.AllowedAlgorithms.Contains(token.Alg))
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.UnsupportedAlgorithm);
        }

        // The SDK's dispatch: an Emulator / Entra issuer takes the Emulator path, anything else the
        // channel path, where only the Bot Framework issuer is accepted.
        var tenant = BotFrameworkTokens.TenantOf(token);
        TokenPolicy policy = _emulatorIssuers.Accepts(token.Issuer, tenant) ? _emulator : _channel;
        if (!policy.ValidIssuers(tenant).Contains(token.Issuer, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Rejected(AuthenticationFailureReason.InvalidIssuer);
        }

        return await _validator.ValidateAsync(rawToken, token, policy, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Exactly "Bearer &lt;token&gt;": one space, case-sensitive scheme (the SDK's JwtTokenExtractor).</summary>
    private static bool TryGetBearerToken(string header, out string token)
    {
        var parts = header.Split(' ');
        token = parts.Length == 2 ? parts[1] : string.Empty;
        return parts.Length == 2 && string.Equals(parts[0], BearerScheme, StringComparison.Ordinal) && token.Length > 0;
    }

    private static bool TryReadToken(string rawToken, out JsonWebToken token)
    {
        token = null!;
        if (rawToken.Length > BotFrameworkTokens.MaxTokenLength)
        {
            return false;
        }

        try
        {
            token = new JsonWebToken(rawToken);
        }
#pragma warning disable CA1031 // Any parse failure of untrusted input is a malformed token.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        // An encrypted token (JWE) is never what a channel or the Emulator sends.
        return !token.IsEncrypted;
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bot request accepted ({Status}) for channel {ChannelId}.")]
    private static partial void LogAccepted(ILogger logger, AuthenticationStatus status, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot request rejected: {Reason} (channel {ChannelId}, from {RemoteIpAddress}).")]
    private static partial void LogRejected(ILogger logger, AuthenticationFailureReason reason, string? channelId, IPAddress? remoteIpAddress);
}
