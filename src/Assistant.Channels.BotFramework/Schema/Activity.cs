using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// The unit of the Bot Framework protocol: a message, a typing indicator, a membership change, an
/// invoke… Every field of the schema is here under its wire name; fields this type does not know are
/// kept in <see cref="Properties"/>, and the free-form ones (<see cref="ChannelData"/>,
/// <see cref="Value"/>) are raw JSON, so an activity read and written again is unchanged.
/// Immutable: use <c>with</c> to change one. Serialize with <see cref="BotFrameworkJson.Options"/>.
/// </summary>
public sealed partial record Activity
{
    /// <summary>The content type of an activity in a multipart body.</summary>
    public const string ContentType = "application/vnd.microsoft.activity";

    /// <summary>The kind of activity (see <see cref="ActivityTypes"/>). Required.</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    /// <summary>The channel's id for the activity. Bots leave it unset on what they send (A2031).</summary>
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    /// <summary>When the channel received the activity, in UTC; written with a <c>Z</c>.</summary>
    [JsonPropertyName("timestamp")]
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>When the activity was sent, in the sender's local time with its offset.</summary>
    [JsonPropertyName("localTimestamp")]
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone, e.g. <c>Europe/Oslo</c>.</summary>
    [JsonPropertyName("localTimezone")]
    public string? LocalTimezone { get; init; }

    /// <summary>The channel's Bot Connector endpoint; replies go there.</summary>
    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; init; }

    /// <summary>The channel (see <see cref="ChannelIds"/>). Required.</summary>
    [JsonPropertyName("channelId")]
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    [JsonPropertyName("from")]
    public ChannelAccount? From { get; init; }

    /// <summary>The conversation.</summary>
    [JsonPropertyName("conversation")]
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The receiver.</summary>
    [JsonPropertyName("recipient")]
    public ChannelAccount? Recipient { get; init; }

    /// <summary>How <see cref="Text"/> is formatted (see <see cref="TextFormatTypes"/>).</summary>
    [JsonPropertyName("textFormat")]
    public string? TextFormat { get; init; }

    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    [JsonPropertyName("attachmentLayout")]
    public string? AttachmentLayout { get; init; }

    /// <summary>Members who joined (<c>conversationUpdate</c>).</summary>
    [JsonPropertyName("membersAdded")]
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Members who left (<c>conversationUpdate</c>).</summary>
    [JsonPropertyName("membersRemoved")]
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>Reactions added (<c>messageReaction</c>), as raw JSON.</summary>
    [JsonPropertyName("reactionsAdded")]
    public JsonElement? ReactionsAdded { get; init; }

    /// <summary>Reactions removed (<c>messageReaction</c>), as raw JSON.</summary>
    [JsonPropertyName("reactionsRemoved")]
    public JsonElement? ReactionsRemoved { get; init; }

    /// <summary>The conversation's new topic (<c>conversationUpdate</c>).</summary>
    [JsonPropertyName("topicName")]
    public string? TopicName { get; init; }

    /// <summary>Whether earlier history is visible to new members.</summary>
    [JsonPropertyName("historyDisclosed")]
    public bool? HistoryDisclosed { get; init; }

    /// <summary>The language of the content, e.g. <c>nb-NO</c>.</summary>
    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    /// <summary>The message text.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>What to say aloud on speech channels (SSML or text).</summary>
    [JsonPropertyName("speak")]
    public string? Speak { get; init; }

    /// <summary>Whether the bot is waiting for input (see <see cref="InputHints"/>).</summary>
    [JsonPropertyName("inputHint")]
    public string? InputHint { get; init; }

    /// <summary>Text for channels that cannot show the attachments.</summary>
    [JsonPropertyName("summary")]
    public string? Summary { get; init; }

    /// <summary>Buttons offered with the message.</summary>
    [JsonPropertyName("suggestedActions")]
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Files and cards.</summary>
    [JsonPropertyName("attachments")]
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Mentions, client information and other metadata.</summary>
    [JsonPropertyName("entities")]
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>Channel-specific content (Teams: tenant, team, eventType …), as raw JSON.</summary>
    [JsonPropertyName("channelData")]
    public JsonElement? ChannelData { get; init; }

    /// <summary><c>add</c> or <c>remove</c> (<c>contactRelationUpdate</c>, <c>installationUpdate</c>).</summary>
    [JsonPropertyName("action")]
    public string? Action { get; init; }

    /// <summary>The activity this one answers.</summary>
    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; init; }

    /// <summary>A descriptive label (<c>trace</c>).</summary>
    [JsonPropertyName("label")]
    public string? Label { get; init; }

    /// <summary>The type of <see cref="Value"/> (<c>trace</c>).</summary>
    [JsonPropertyName("valueType")]
    public string? ValueType { get; init; }

    /// <summary>The activity's value (card submit data, invoke payload …), as raw JSON.</summary>
    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    /// <summary>The operation of an <c>event</c> or <c>invoke</c> activity.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>Another conversation or activity this one relates to.</summary>
    [JsonPropertyName("relatesTo")]
    public ConversationReference? RelatesTo { get; init; }

    /// <summary>Why the conversation ended (<c>endOfConversation</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>After this moment the activity should no longer be shown; written in UTC with a <c>Z</c>.</summary>
    [JsonPropertyName("expiration")]
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Expiration { get; init; }

    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    [JsonPropertyName("importance")]
    public string? Importance { get; init; }

    /// <summary>How the sender wants the activity delivered (see <see cref="DeliveryModes"/>).</summary>
    [JsonPropertyName("deliveryMode")]
    public string? DeliveryMode { get; init; }

    /// <summary>Phrases for speech recognition priming.</summary>
    [JsonPropertyName("listenFor")]
    public IReadOnlyList<string>? ListenFor { get; init; }

    /// <summary>Parts of the replied-to message to highlight, as raw JSON.</summary>
    [JsonPropertyName("textHighlights")]
    public JsonElement? TextHighlights { get; init; }

    /// <summary>A programmatic action accompanying the activity, as raw JSON.</summary>
    [JsonPropertyName("semanticAction")]
    public JsonElement? SemanticAction { get; init; }

    /// <summary>Set by the receiver to say who called (<c>urn:botframework:azure</c>); not sent by channels.</summary>
    [JsonPropertyName("callerId")]
    public string? CallerId { get; init; }

    /// <summary>Fields this type does not name, kept so that they survive a round trip (A2005). Treat as read-only.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; init; }
}
