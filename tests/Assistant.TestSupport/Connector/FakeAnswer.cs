namespace Assistant.TestSupport.Connector;

/// <summary>One answer of the <see cref="FakeConnector"/>.</summary>
public sealed record FakeAnswer(int Status, string? Body = null, string? RetryAfter = null)
{
    public static FakeAnswer Ok(string id) => new(200, $$"""{"id":"{{id}}"}""");

    public static FakeAnswer Error(int status, string code, string message) =>
        new(status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""");
}
