namespace Assistant.Channels.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.ChannelId"/> that the bot meets or that change behaviour.</summary>
/// <remarks>The SDK calls this class <c>Channels</c>; here that name would be hidden by the <c>Assistant.Channels</c> namespace.</remarks>
public static class ChannelIds
{
    public const string Msteams = "msteams";
    public const string Directline = "directline";
    public const string Webchat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";
    public const string DirectlineSpeech = "directlinespeech";
    public const string M365Extensions = "m365extensions";
    public const string Outlook = "outlook";
}
