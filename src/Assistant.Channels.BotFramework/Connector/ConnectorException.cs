using System.Net;

namespace Assistant.Channels.BotFramework.Connector;

/// <summary>
/// A call to the Bot Connector failed for good: it answered an error (after any retries), could
/// not be reached, or no token could be had. Carries the status and the connector's error code,
/// never a token or a secret.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A failed answer from the connector.</summary>
    public ConnectorException(string message, HttpStatusCode statusCode, string? errorCode)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The connector's last HTTP status; null when it never answered or no token could be had.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the connector's ErrorResponse body, when it sent one.</summary>
    public string? ErrorCode { get; }
}
