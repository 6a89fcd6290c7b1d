using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Writes on many versions at once (a publication lot of thousands of items): the same rules as
/// <see cref="ContentStore"/>, in the caller's transaction, so that every version moves or none does. Work goes
/// in chunks with the change tracker cleared after each, so time is linear and memory constant in the lot's size.
/// </summary>
public sealed class ContentBatch(
    PortalDbContext db,
    ContentTypeRegistry types,
    IEnumerable<IContentIndexHandler> indexHandlers,
    AuditTrail audit,
    TimeProvider clock)
{
    /// <summary>Versions read and written per round trip: small enough for any engine's parameter limit.</summary>
    public const int ChunkSize = 400;

    /// <summary>
    /// Creates new items, each with its first version, a draft, as <see cref="ContentStore.CreateAsync"/> does one by one
    /// (same row, one <see cref="AuditActions.Created"/> entry each), by multi-row INSERTs that track nothing: what a
    /// recipe of thousands of items needs. An id already taken fails the whole transaction (unique index).
    /// </summary>
    public async Task<IReadOnlyList<VersionKey>> CreateAsync(IReadOnlyList<NewContentItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        RequireTransaction();
        var now = StoredTime.UtcNow(clock);
        foreach (var chunk in items.Chunk(ChunkSize))
        {
            await BulkInsert.ExecuteAsync(db, "ContentItemVersions", VersionRows.Columns,
                [.. chunk.Select(item => VersionRows.FirstVersion(types, item, ContentStatus.Draft, latest: true, NewStamp(), now))], VersionRows.JsonColumns, cancellationToken);
            foreach (var byAuthor in chunk.GroupBy(item => item.Author, StringComparer.Ordinal))
            {
                await audit.AppendManyAsync(byAuthor.Key, AuditActions.Created,
                    [.. byAuthor.Select(item => new AuditSubject(item.ContentItemId!, types.NameOf(item.Content.GetType()), 1))], null, cancellationToken);
            }
        }

        return [.. items.Select(item => new VersionKey(item.ContentItemId!, 1))];
    }

    /// <summary>
    /// Fixes the text of latest drafts going to review (see <see cref="ContentStore.FreezeAsync"/>). Only the lot's own
    /// workflow entry is audited: freezing changes no text.
    /// </summary>
    public async Task<BatchResult> FreezeAsync(IReadOnlyCollection<VersionKey> versions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versions);
        RequireTransaction();
        var now = StoredTime.UtcNow(clock);
        foreach (var chunk in versions.Chunk(ChunkSize))
        {
            var rows = await LatestOfAsync(chunk, cancellationToken);
            foreach (var key in chunk)
            {
                if (!rows.TryGetValue(key.ContentItemId, out var row) || row.Version != key.Version)
                {
                    return BatchResult.Failed(ContentOutcome.Conflict, DisplayTextOf(key, row));
                }

                if (row.Status != ContentStatus.Draft)
                {
                    return BatchResult.Failed(ContentOutcome.InvalidState, row.DisplayText);
                }

                row.Frozen = true;
                row.ModifiedUtc = now;
                row.ConcurrencyStamp = NewStamp();
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return BatchResult.Ok(versions.Count);
    }

    /// <summary>
    /// Publishes every version: each item's previously published version is superseded, the module index tables
    /// (and the search queue) follow, and each publication gets its audit entry, written as <paramref name="entry"/>
    /// says. Reports the versions done so far.
    /// </summary>
    public async Task<BatchResult> PublishAsync(
        IReadOnlyCollection<VersionKey> versions, string actor, PublicationEntry entry, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(entry);
        RequireTransaction();
        var now = StoredTime.UtcNow(clock);
        var done = 0;
        foreach (var chunk in versions.Chunk(ChunkSize))
        {
            var ids = chunk.Select(k => k.ContentItemId).ToList();
            var rows = await db.ContentItemVersions
                .Where(v => ids.Contains(v.ContentItemId) && (v.Published || v.Latest)).ToListAsync(cancellationToken);
            var targets = new List<ContentItemVersion>(chunk.Length);
            foreach (var key in chunk)
            {
                var target = rows.SingleOrDefault(v => v.ContentItemId == key.ContentItemId && v.Version == key.Version);
                if (target is null || target.Published || target.Status != ContentStatus.Draft)
                {
                    return BatchResult.Failed(target is null ? ContentOutcome.Conflict : ContentOutcome.InvalidState, target?.DisplayText ?? key.ContentItemId);
                }

                targets.Add(target);
            }

            // Cleared first, in their own statement: the unique "one published per item" index holds at every step.
            foreach (var previous in rows.Where(v => v.Published))
            {
                previous.Published = false;
                previous.Status = ContentStatus.Superseded;
                previous.ModifiedUtc = now;
                previous.ConcurrencyStamp = NewStamp();
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var target in targets)
            {
                target.Published = true;
                target.Status = ContentStatus.Published;
                target.ApprovedUtc = entry.ApprovedUtc;
                target.PublishedUtc = now;
                target.PublishedBy = actor;
                target.ModifiedUtc = now;
                target.ConcurrencyStamp = NewStamp();
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var target in targets)
            {
                var context = new ContentIndexContext(db, target, types.Deserialize(target.ContentType, target.Data));
                foreach (var handler in indexHandlers.Where(h => h.Handles(target.ContentType)))
                {
                    await handler.PublishedAsync(context, cancellationToken);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendManyAsync(actor, entry.AuditAction, [.. targets.Select(AuditSubject.Of)], entry.Comment, cancellationToken);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Report(done);
        }

        return BatchResult.Ok(done);
    }

    private async Task<Dictionary<string, ContentItemVersion>> LatestOfAsync(VersionKey[] chunk, CancellationToken cancellationToken)
    {
        var ids = chunk.Select(k => k.ContentItemId).ToList();
        return await db.ContentItemVersions.Where(v => ids.Contains(v.ContentItemId) && v.Latest)
            .ToDictionaryAsync(v => v.ContentItemId, cancellationToken);
    }

    private void RequireTransaction()
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A batch write runs in its caller's transaction: all of it or nothing.");
        }
    }

    private static string DisplayTextOf(VersionKey key, ContentItemVersion? latest) =>
        latest is null ? key.ContentItemId : $"{latest.DisplayText} (version {key.Version} remplacée par la version {latest.Version})";

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
