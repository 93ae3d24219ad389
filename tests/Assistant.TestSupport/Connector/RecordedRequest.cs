namespace Assistant.TestSupport.Connector;

/// <summary>A request as the <see cref="FakeConnector"/> received it; <paramref name="RawTarget"/> is the path before any unescaping.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string UserAgent, string Body);
