using System.Collections.Concurrent;

namespace Assistant.Bot.Tests;

/// <summary>Keeps every formatted log line (with its exception), so tests can check what is logged.</summary>
internal sealed class RecordingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Recorder(lines, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(ConcurrentQueue<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
