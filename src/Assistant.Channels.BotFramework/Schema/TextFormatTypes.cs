namespace Assistant.Channels.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.TextFormat"/>; a channel assumes <see cref="Plain"/> when it is absent.</summary>
public static class TextFormatTypes
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}
