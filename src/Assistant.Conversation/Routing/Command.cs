using Assistant.Interviews.Model;

namespace Assistant.Conversation.Routing;

/// <summary>A parsed command; which fields are set depends on <see cref="Kind"/>.</summary>
internal sealed record Command(
    CommandKind Kind,
    InterviewRole? Role = null,
    string? TreeId = null,
    string? TreeVersion = null,
    string? NodeId = null,
    int Number = 0,
    bool Useful = false)
{
    public static Command None { get; } = new(CommandKind.None);
}
