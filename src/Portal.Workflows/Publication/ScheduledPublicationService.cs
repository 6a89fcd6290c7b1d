using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Cluster;

namespace Portal.Workflows.Publication;

/// <summary>
/// Takes scheduled transitions when they fall due. It runs once at start, so publications that fell due
/// while the site was stopped happen at the next start, then every <see cref="Interval"/>. With several nodes,
/// only the leader takes them (<see cref="ClusterLeader"/>): two nodes must not take the same transition.
/// </summary>
internal sealed partial class ScheduledPublicationService(IServiceScopeFactory scopes, ClusterLeader leader, Portal.Core.Jobs.BackgroundStart start, TimeProvider clock, ILogger<ScheduledPublicationService> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await start.WaitAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await leader.IsLeaderAsync(stoppingToken))
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var done = await scope.ServiceProvider.GetRequiredService<PublicationWorkflow>().RunDueAsync(stoppingToken)
                        + await scope.ServiceProvider.GetRequiredService<Lots.LotWorkflow>().RunDueAsync(stoppingToken);
                    if (done > 0)
                    {
                        LogDone(logger, done);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A failing round (database briefly unreachable) is retried at the next one.
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} scheduled workflow transition(s) taken.")]
    private static partial void LogDone(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled workflow transitions failed; retrying later.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
