namespace Assistant.Channels.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.Type"/>, as the SDK puts them on the wire.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string DeleteUserData = "deleteUserData";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Suggestion = "suggestion";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
    public const string Command = "command";
    public const string CommandResult = "commandResult";

    /// <summary>SDK-internal: a pause of <c>value</c> milliseconds between sends; never sent to a channel.</summary>
    public const string Delay = "delay";

    /// <summary>SDK-internal: carries the <see cref="InvokeResponse"/> for the HTTP answer; never sent to a channel.</summary>
    public const string InvokeResponse = "invokeResponse";
}
