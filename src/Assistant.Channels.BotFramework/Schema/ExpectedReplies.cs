using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// The HTTP body answering an activity sent with <c>deliveryMode</c> <see cref="DeliveryModes.ExpectReplies"/>:
/// everything the bot said during the turn, instead of posting it to the Bot Connector.
/// </summary>
/// <param name="Activities">The bot's activities, in order.</param>
public sealed record ExpectedReplies([property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities);
