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
/// The web server's background worker: runs queued preparations one at a time, oldest first. At start,
/// a preparation left « running » by a stopped server is queued again (the solver cannot resume half-way,
/// so it starts over). Logs carry draw IDs only, never pool data. With several nodes, only the leader
/// (<see cref="ClusterLeader"/>) prepares, and a node that becomes leader takes over what the last one left running.
/// </summary>
internal sealed partial class PreparationWorker(IServiceScopeFactory scopes, PreparationSignal signal, ClusterLeader leader, ILogger<PreparationWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
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
            catch (DbUpdateException e)
            {
                LogFailure(e, "base de données");
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
        var interrupted = await db.Set<SortitionDraw>().Where(d => d.Status == DrawStatus.Running).ToListAsync(cancellationToken);
        foreach (var draw in interrupted)
        {
            draw.Status = DrawStatus.Queued;
            draw.ProgressPercent = 0;
            draw.StatusMessage = "Reprise après l'arrêt du serveur : le calcul recommence depuis le début.";
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Préparation du tirage {DrawId} démarrée.")]
    private partial void LogStart(string drawId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Préparation du tirage {DrawId} terminée (succès : {Success}).")]
    private partial void LogEnd(string drawId, bool success);

    [LoggerMessage(Level = LogLevel.Error, Message = "Préparation des tirages : erreur ({Where}).")]
    private partial void LogFailure(Exception exception, string where);
}
