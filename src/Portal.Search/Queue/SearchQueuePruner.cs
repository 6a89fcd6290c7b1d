using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Search.Queue;

/// <summary>
/// Keeps the indexing queue from growing forever: deletes the tasks every known node has applied, and
/// those older than the retention whatever the nodes say. The newest task always stays, so a rebuild
/// still knows where the queue stands. Before deleting, the pruning mark is raised, so a node that
/// missed deleted tasks sees it and rebuilds instead of skipping them.
/// </summary>
public sealed class SearchQueuePruner(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>How long a task is kept for a lagging node, and how long a silent node is waited for.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>Prunes what can be; returns how many tasks were deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var cutoff = clock.GetUtcNow().UtcDateTime - Retention;

        // A node silent for the whole retention is gone (server retired, folder deleted): stop waiting for it.
        await db.Set<SearchIndexNode>().Where(n => n.SeenUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        var newest = await db.Set<SearchIndexTask>().MaxAsync(t => (long?)t.Id, cancellationToken);
        if (newest is null)
        {
            return 0;
        }

        var slowest = await db.Set<SearchIndexNode>().MinAsync(n => (long?)n.Checkpoint, cancellationToken) ?? 0;
        var expired = await db.Set<SearchIndexTask>().Where(t => t.CreatedUtc < cutoff).MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var through = Math.Min(Math.Max(slowest, expired), newest.Value - 1);
        if (through <= 0)
        {
            return 0;
        }

        // Only ever raised, in one statement, so two nodes pruning at once cannot lower it.
        await db.Set<SearchQueuePruning>()
            .Where(p => p.Id == SearchQueuePruning.SingleId && p.PrunedThroughId < through)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.PrunedThroughId, through), cancellationToken);
        return await db.Set<SearchIndexTask>().Where(t => t.Id <= through).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The id up to which tasks may be gone; 0 when the queue was never pruned.</summary>
    public static async Task<long> PrunedThroughAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        await db.Set<SearchQueuePruning>().Where(p => p.Id == SearchQueuePruning.SingleId)
            .Select(p => (long?)p.PrunedThroughId).SingleOrDefaultAsync(cancellationToken) ?? 0;
}
