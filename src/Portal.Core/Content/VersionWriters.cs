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
}
