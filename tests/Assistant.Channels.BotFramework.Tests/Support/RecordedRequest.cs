namespace Assistant.Channels.BotFramework.Tests.Support;

/// <summary>A request as the <see cref="FakeConnector"/> received it; <paramref name="RawTarget"/> is the path before any unescaping.</summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string? ContentType, string UserAgent, string Body);
