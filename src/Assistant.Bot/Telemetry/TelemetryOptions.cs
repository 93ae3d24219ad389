namespace Assistant.Bot.Telemetry;

/// <summary>Export of traces and metrics, bound to the <c>Telemetry</c> section. Off by default.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>An OTLP endpoint (e.g. http://localhost:4317); empty means nothing is exported.</summary>
    public string? OtlpEndpoint { get; set; }
}
