namespace Assistant.Channels.BotFramework.Schema;

/// <summary>Values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";

    /// <summary>The sender wants the bot's replies in the HTTP answer (<see cref="ExpectedReplies"/>), not posted back.</summary>
    public const string ExpectReplies = "expectReplies";

    public const string Ephemeral = "ephemeral";

    /// <summary>Sent by Direct Line JS clients; not an SDK constant.</summary>
    public const string Stream = "stream";
}
