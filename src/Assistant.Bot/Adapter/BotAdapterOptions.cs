namespace Assistant.Bot.Adapter;

/// <summary>Limits of <c>POST /api/messages</c>, bound to the <c>BotAdapter</c> section.</summary>
public sealed class BotAdapterOptions
{
    public const string SectionName = "BotAdapter";

    /// <summary>The largest request body accepted (Bot Framework activities are far smaller); larger is 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
