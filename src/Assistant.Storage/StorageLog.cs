using Microsoft.Extensions.Logging;

namespace Assistant.Storage;

/// <summary>The log messages of this library, generated so that a disabled level costs nothing.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Conversation state is kept in memory and is lost when the process stops.")]
    public static partial void UsingMemory(ILogger logger);

    // The configuration string is never logged: it may hold the password.
    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Conversation state is kept in Redis under the key prefix {Prefix}.")]
    public static partial void UsingRedis(ILogger logger, string prefix);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Conversation state is kept in the SQLite file {Path}.")]
    public static partial void UsingSqlite(ILogger logger, string path);
}
