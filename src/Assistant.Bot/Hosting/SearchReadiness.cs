using Assistant.Conversation;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Assistant.Bot.Hosting;

/// <summary>
/// Builds the index when the host starts (not on the first question), and reports healthy only
/// once it is built.
/// </summary>
internal sealed class SearchReadiness(IServiceProvider services) : IHostedService, IHealthCheck
{
    private volatile bool _ready;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<ConversationEngine>();
        _ready = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_ready ? HealthCheckResult.Healthy("The index is built.") : HealthCheckResult.Unhealthy("The index is being built."));
}
