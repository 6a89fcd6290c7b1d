using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Cluster;

namespace Portal.OpenData.Following;

/// <summary>
/// Every few minutes: sends the followers' messages that are due and erases expired addresses. With several nodes, only
/// the leader does (<see cref="ClusterLeader"/>), as for the workflow's morning e-mails. Logs counts, never addresses.
/// </summary>
internal sealed partial class FollowService(IServiceScopeFactory scopes, ClusterLeader leader, Portal.Core.Jobs.BackgroundStart start, TimeProvider clock, ILogger<FollowService> logger) : BackgroundService
{
    private static readonly TimeSpan Round = TimeSpan.FromMinutes(5);

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
                    var sent = await scope.ServiceProvider.GetRequiredService<FollowDigest>().SendDueAsync(stoppingToken);
                    var erased = await scope.ServiceProvider.GetRequiredService<FollowRegistry>().EraseExpiredAsync(stoppingToken);
                    if (sent + erased > 0)
                    {
                        LogRound(logger, sent, erased);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }

            try
            {
                await Task.Delay(Round, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Sent} follower message(s) sent, {Erased} follow(s) erased.")]
    private static partial void LogRound(ILogger logger, int sent, int erased);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Followers' messages failed; retrying at the next round.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
