namespace Assistant.Channels.Authentication;

/// <summary>The kind of <see cref="AuthenticationOutcome"/>.</summary>
public enum AuthenticationStatus
{
    /// <summary>A valid token from a Bot Framework channel or from the Emulator / Microsoft Entra ID.</summary>
    Authenticated,

    /// <summary>No app id is configured and the request was allowed without a token (local development).</summary>
    Anonymous,

    /// <summary>The request must not be processed; the host answers HTTP 401.</summary>
    Rejected,
}
