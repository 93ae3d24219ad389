namespace Assistant.Interviews.Tests.Support;

/// <summary>A transcript expectation failed; the message names the file and line.</summary>
internal sealed class TranscriptException(string message) : Exception(message);
