using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework.Schema;

/// <summary>
/// The JSON settings of the Bot Framework wire format: camelCase names, nulls left out on write,
/// names matched without regard to case on read (as the SDK's Newtonsoft settings do).
/// Use these options for every activity read from or written to a channel.
/// </summary>
public static class BotFrameworkJson
{
    /// <summary>Read-only options shared by the whole channel layer.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // The JSON only ever travels as an HTTP body, never inside HTML, so Norwegian letters
            // and '<' '&' can be written as they are, as the SDK does; the default encoder would
            // turn "å" into "\u00E5" and make every golden file and log line unreadable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
