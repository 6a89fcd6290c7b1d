using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Core.Caching;

/// <summary>
/// Evicts cache tags once the transaction that made them stale has committed, never before (a reader
/// between eviction and commit would cache the old state again), and forgets them if it rolls back.
/// Outside a transaction the change is already committed, so eviction is immediate.
/// </summary>
public sealed class PublicCacheEvictions(PublicCache cache) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    public Task AfterCommitAsync(DbContext db, IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            return cache.EvictAsync(tags, cancellationToken);
        }

        var pending = _pending.GetOrCreateValue(db);
        lock (pending)
        {
            pending.UnionWith(tags);
        }

        return Task.CompletedTask;
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData) is { } tags)
        {
            await cache.EvictAsync(tags, CancellationToken.None);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Take(eventData) is { } tags)
        {
            // The in-memory store evicts synchronously; a committed change must not stay cached.
            cache.EvictAsync(tags).GetAwaiter().GetResult();
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Take(eventData);

    private List<string>? Take(TransactionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is not { } db || !_pending.TryGetValue(db, out var pending))
        {
            return null;
        }

        _pending.Remove(db);
        lock (pending)
        {
            return [.. pending];
        }
    }
}
