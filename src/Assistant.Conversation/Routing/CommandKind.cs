namespace Assistant.Conversation.Routing;

/// <summary>What a turn asks for, before it is read as an answer or a question.</summary>
internal enum CommandKind
{
    None,
    Menu,
    Help,
    RoleMenu,
    StartTree,
    Back,
    Restart,
    Why,
    MyAnswers,
    Change,
    Leave,
    Resume,
    Answer,
    Journal,
    Checklist,
    Feedback,
}
