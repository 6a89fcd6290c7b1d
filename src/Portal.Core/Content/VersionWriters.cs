using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Who wrote a version, for separation of duties: every account that saved any of its content, not only who
/// clicked « Soumettre ». A draft is saved in place by whoever edits it, and editing a submitted version starts a
/// new one from its text, so the writers of a version are the authors and savers (from the audit trail) of every
/// version of the item since its last published one, up to and including it.
/// </summary>
public sealed class VersionWriters(PortalDbContext db)
{
    private static readonly string[] WritingActions = [AuditActions.Created, AuditActions.DraftSaved, AuditActions.NewVersion];

    public async Task<IReadOnlySet<string>> OfAsync(string contentItemId, int version, CancellationToken cancellationToken = default) =>
        (await OfAsync([(contentItemId, version)], cancellationToken))[(contentItemId, version)];

    /// <summary>The writers of several versions at once (two queries whatever their number), by item id and version.</summary>
    public async Task<IReadOnlyDictionary<(string Id, int Version), IReadOnlySet<string>>> OfAsync(
        IReadOnlyCollection<(string Id, int Version)> versions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var ids = versions.Select(v => v.Id).Distinct().ToList();
        var rows = await db.ContentItemVersions.AsNoTracking().Where(v => ids.Contains(v.ContentItemId))
            .Select(v => new { v.ContentItemId, v.Version, v.Author, v.PublishedUtc }).ToListAsync(cancellationToken);
        var saves = await db.Set<AuditEntry>().AsNoTracking().Where(e => ids.Contains(e.ContentItemId) && WritingActions.Contains(e.Action))
            .Select(e => new { e.ContentItemId, e.Version, e.Actor }).ToListAsync(cancellationToken);
        var result = new Dictionary<(string, int), IReadOnlySet<string>>();
        foreach (var (id, version) in versions.Distinct())
        {
            var item = rows.Where(r => r.ContentItemId == id).ToList();
            var since = item.Where(r => r.Version < version && r.PublishedUtc != null).Select(r => r.Version).DefaultIfEmpty(0).Max();
            result[(id, version)] = item.Where(r => r.Version > since && r.Version <= version).Select(r => r.Author)
                .Concat(saves.Where(s => s.ContentItemId == id && s.Version > since && s.Version <= version).Select(s => s.Actor))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        return result;
    }

    /// <summary>
    /// The writers of every version a query names, grouped by the caller's key (a submission, a lot of thousands of
    /// versions): two queries whatever their number, no list of ids sent, one row per key and writer. The same rule as
    /// above, said in SQL: a version's writers are those of the versions after the last one published before it.
    /// </summary>
    public async Task<ILookup<long, string>> OfAsync(IQueryable<KeyedVersion> versions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var all = db.ContentItemVersions.AsNoTracking();
        // Joins, not nested collections: SQLite has no APPLY.
        var authors =
            from k in versions
            join v in all on k.ContentItemId equals v.ContentItemId
            where v.Version <= k.Version
                && !all.Any(p => p.ContentItemId == k.ContentItemId && p.PublishedUtc != null && p.Version >= v.Version && p.Version < k.Version)
            select new { k.Key, Actor = v.Author };
        var savers =
            from k in versions
            join e in db.Set<AuditEntry>().AsNoTracking() on k.ContentItemId equals e.ContentItemId
            where WritingActions.Contains(e.Action) && e.Version > 0 && e.Version <= k.Version
                && !all.Any(p => p.ContentItemId == k.ContentItemId && p.PublishedUtc != null && p.Version >= e.Version && p.Version < k.Version)
            select new { k.Key, e.Actor };
        var rows = await authors.Distinct().ToListAsync(cancellationToken);
        rows.AddRange(await savers.Distinct().ToListAsync(cancellationToken));
        return rows.ToLookup(r => r.Key, r => r.Actor);
    }
}

/// <summary>A version named by a query and the key its writers are grouped under (see <see cref="VersionWriters.OfAsync(IQueryable{KeyedVersion}, CancellationToken)"/>).</summary>
public sealed class KeyedVersion
{
    public long Key { get; init; }

    public required string ContentItemId { get; init; }

    public int Version { get; init; }
}
