using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Cluster;
using Portal.Core.Data;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Preparation;

/// <summary>Wakes the worker as soon as a preparation is queued, instead of waiting for its next poll.</summary>
public sealed class PreparationSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Queued() => _signal.Release();

    internal async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => await _signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _signal.Dispose();
}

/// <summary>
/// The web server's background worker: runs queued preparations one at a time, oldest first. A preparation left
/// « running » by a stopped process — its heartbeat silent for <see cref="StaleAfter"/> — is queued again (the solver
/// cannot resume half-way, so it starts over); one another live process is computing (its heartbeat fresh) is left
/// alone. With several nodes, only the leader (<see cref="ClusterLeader"/>) prepares. Logs carry draw IDs only, never
/// pool data.
/// </summary>
internal sealed partial class PreparationWorker(IServiceScopeFactory scopes, PreparationSignal signal, ClusterLeader leader, Portal.Core.Jobs.BackgroundStart start, ILogger<PreparationWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);

    /// <summary>A running preparation whose heartbeat (written every 2 s) is older than this is taken as dead.</summary>
    internal static TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await start.WaitAsync(stoppingToken))
        {
            return;
        }

        var leading = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            string? next = null;
            try
            {
                if (!await leader.IsLeaderAsync(stoppingToken))
                {
                    leading = false;
                }
                else
                {
                    if (!leading)
                    {
                        await RequeueInterruptedAsync(stoppingToken);
                        leading = true;
                    }

                    next = await RunNextAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Any failure (a database busy under load, a lost connection) is logged and retried at the next
                // poll: escaping here would stop the whole host, as an unhandled background failure does.
                LogFailure(e, e is DbUpdateException or System.Data.Common.DbException ? "base de données" : "préparation");
                next = null;
            }

            if (next is null)
            {
                try
                {
                    await signal.WaitAsync(Poll, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Runs the oldest queued preparation; its ID, or null when the queue is empty.</summary>
    internal async Task<string?> RunNextAsync(CancellationToken cancellationToken)
    {
        await RequeueInterruptedAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var next = await db.Set<SortitionDraw>().AsNoTracking().Where(d => d.Status == DrawStatus.Queued)
            .OrderBy(d => d.CreatedUtc).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return null;
        }

        LogStart(next);
        var outcome = await scope.ServiceProvider.GetRequiredService<DrawPreparation>().RunAsync(next, cancellationToken: cancellationToken);
        LogEnd(next, outcome.Success);
        return next;
    }

    internal async Task RequeueInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var cutoff = (scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime - StaleAfter;

        // One conditional update: a run that wrote its heartbeat meanwhile is not touched.
        await db.Set<SortitionDraw>().Where(d => d.Status == DrawStatus.Running && (d.HeartbeatUtc == null || d.HeartbeatUtc < cutoff))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DrawStatus.Queued).SetProperty(d => d.ClaimToken, (string?)null).SetProperty(d => d.ProgressPercent, 0)
                .SetProperty(d => d.StatusMessage, "Reprise après l'arrêt du calcul : il recommence depuis le début."), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Préparation du tirage {DrawId} démarrée.")]
    private partial void LogStart(string drawId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Préparation du tirage {DrawId} terminée (succès : {Success}).")]
    private partial void LogEnd(string drawId, bool success);

    [LoggerMessage(Level = LogLevel.Error, Message = "Préparation des tirages : erreur ({Where}).")]
    private partial void LogFailure(Exception exception, string where);
}
