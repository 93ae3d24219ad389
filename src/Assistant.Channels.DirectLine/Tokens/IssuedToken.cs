namespace Assistant.Channels.DirectLine.Tokens;

/// <summary>A signed token and its lifetime in seconds, as Direct Line's <c>expires_in</c>.</summary>
internal sealed record IssuedToken(string Token, int ExpiresIn);
