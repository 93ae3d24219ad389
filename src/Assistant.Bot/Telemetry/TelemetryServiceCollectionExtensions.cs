using Assistant.Conversation.Feedback;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Assistant.Bot.Telemetry;

/// <summary>Registers the bot's telemetry, with an OTLP exporter only when an endpoint is configured.</summary>
public static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddAssistantTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton<BotTelemetry>();
        services.AddSingleton<IFeedbackRecorder, FeedbackCounter>();
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            return services;
        }

        var endpoint = new Uri(options.OtlpEndpoint);
        services.AddOpenTelemetry()
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = endpoint))
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = endpoint));
        return services;
    }
}
