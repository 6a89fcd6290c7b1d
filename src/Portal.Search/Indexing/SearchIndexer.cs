using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;
using Portal.Core.Data;
using Portal.Search.Queue;

namespace Portal.Search.Indexing;

/// <summary>
/// Applies the indexing queue to this node's index: reads the tasks after the checkpoint, rebuilds the
/// affected processes from their published state, and commits documents and checkpoint together.
/// After a crash the checkpoint is where the last commit left it, so nothing is lost. When tasks this
/// node has not applied were pruned (a new node, one stopped for long), it rebuilds from the database.
/// </summary>
public sealed class SearchIndexer(LuceneIndex index, IServiceScopeFactory scopes, TimeProvider? clock = null, PublicCache? cache = null) : IDisposable
{
    private const int BatchSize = 500;

    /// <summary>How often a node says it is alive when its checkpoint does not move.</summary>
    private static readonly TimeSpan ReportInterval = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private (long Checkpoint, DateTime AtUtc)? _reported;

    /// <summary>Applies every pending task; returns how many were applied from the queue.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var applied = 0;
            while (true)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var checkpoint = index.Checkpoint;
                var tasks = await db.Set<SearchIndexTask>().AsNoTracking()
                    .Where(t => t.Id > checkpoint).OrderBy(t => t.Id).Take(BatchSize)
                    .Select(t => new { t.Id, t.ProcessId })
                    .ToListAsync(cancellationToken);
                // Read after the tasks: the mark is raised before tasks are deleted, so tasks missing
                // from what was just read always show here.
                if (checkpoint < await SearchQueuePruner.PrunedThroughAsync(db, cancellationToken))
                {
                    await RebuildCoreAsync(null, cancellationToken);
                    continue;
                }

                if (tasks.Count == 0)
                {
                    await ReportAsync(db, cancellationToken);
                    return applied;
                }

                // Reading the state after the task was written is always right: the newest state wins.
                var builder = scope.ServiceProvider.GetRequiredService<SearchDocumentBuilder>();
                foreach (var processId in tasks.Select(t => t.ProcessId).Distinct(StringComparer.Ordinal))
                {
                    index.ReplaceProcess(processId, await builder.BuildAsync(processId, cancellationToken));
                }

                index.Commit(tasks[^1].Id);
                await EvictAnswersAsync(cancellationToken);
                applied += tasks.Count;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>True when the queue holds tasks this node has not applied yet.</summary>
    public async Task<bool> HasPendingAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var checkpoint = index.Checkpoint;
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<SearchIndexTask>()
            .AnyAsync(t => t.Id > checkpoint, cancellationToken);
    }

    /// <summary>
    /// Rebuilds the whole index from the database. The checkpoint is the newest task seen before reading:
    /// a publication during the rebuild is applied again afterwards, which is harmless.
    /// </summary>
    public async Task<int> RebuildAsync(IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RebuildCoreAsync(progress, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> RebuildCoreAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var builder = scope.ServiceProvider.GetRequiredService<SearchDocumentBuilder>();
        var newest = await db.Set<SearchIndexTask>().MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
        var checkpoint = Math.Max(newest, await SearchQueuePruner.PrunedThroughAsync(db, cancellationToken));
        var processIds = await builder.PublishedProcessIdsAsync(cancellationToken);
        index.DeleteAll();
        var documents = 0;
        for (var i = 0; i < processIds.Count; i++)
        {
            var built = await builder.BuildAsync(processIds[i], cancellationToken);
            index.AddDocuments(built);
            documents += built.Count;
            progress?.Report((i + 1, processIds.Count));
        }

        index.Commit(checkpoint);
        await EvictAnswersAsync(cancellationToken);
        await ReportAsync(db, cancellationToken);
        return documents;
    }

    /// <summary>Search answers cached before this commit are stale from now on, on this node (each node has its own index).</summary>
    private Task EvictAnswersAsync(CancellationToken cancellationToken) =>
        cache is null ? Task.CompletedTask : cache.EvictHereAsync([PublicCache.SearchTag], cancellationToken);

    /// <summary>Records this node's checkpoint in the shared table, when it moved or at least hourly.</summary>
    private async Task ReportAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var checkpoint = index.Checkpoint;
        if (_reported is { } last && last.Checkpoint == checkpoint && now - last.AtUtc < ReportInterval)
        {
            return;
        }

        var node = await db.Set<SearchIndexNode>().SingleOrDefaultAsync(n => n.NodeId == index.NodeId, cancellationToken);
        if (node is null)
        {
            db.Add(new SearchIndexNode { NodeId = index.NodeId, Checkpoint = checkpoint, SeenUtc = now });
        }
        else
        {
            (node.Checkpoint, node.SeenUtc) = (checkpoint, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        _reported = (checkpoint, now);
    }

    public void Dispose() => _gate.Dispose();
}
