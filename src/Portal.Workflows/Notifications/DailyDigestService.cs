using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Cluster;
using Portal.Core.Text;

namespace Portal.Workflows.Notifications;

/// <summary>
/// Sends the daily summaries every morning at 7:00, Paris time; at start, catches up on a morning missed while
/// stopped. With several nodes, only the leader sends (<see cref="ClusterLeader"/>).
/// </summary>
internal sealed partial class DailyDigestService(IServiceScopeFactory scopes, ClusterLeader leader, Portal.Core.Jobs.BackgroundStart start, TimeProvider clock, ILogger<DailyDigestService> logger)
    : BackgroundService
{
    private static readonly TimeSpan SendAt = TimeSpan.FromHours(7);

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
                    var sent = await scope.ServiceProvider.GetRequiredService<DailyDigest>().SendAsync(stoppingToken);
                    if (sent > 0)
                    {
                        LogSent(logger, sent);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(UntilNextMorning(clock.GetUtcNow()), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The time left until the next 7:00 in Paris (daylight saving time included).</summary>
    internal static TimeSpan UntilNextMorning(DateTimeOffset now) => ParisTime.UntilNext(SendAt, now);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} daily workflow summary e-mail(s) sent.")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily workflow summaries failed; retrying at the next run.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
