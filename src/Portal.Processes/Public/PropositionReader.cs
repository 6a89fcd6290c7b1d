using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>
/// Reads propositions for the public through the index tables: a process's compact list from a few narrow
/// rows per proposition, and one proposition's permalink from the published versions of that proposition,
/// its response and its follow-ups only. Index rows exist exactly while their version is published.
/// </summary>
public sealed class PropositionReader(PortalDbContext db, ContentTypeRegistry types)
{
    public async Task<PropositionListing> ListAsync(string processId, PropositionFilter filter, CancellationToken cancellationToken = default)
    {
        var propositions = await db.Set<PropositionIndex>().AsNoTracking().Where(p => p.ProcessId == processId)
            .Select(p => new { p.ContentItemId, p.Code, p.Title, p.Theme, p.Order }).ToListAsync(cancellationToken);
        var decisions = await db.Set<ResponseIndex>().AsNoTracking().Where(r => r.ProcessId == processId)
            .Select(r => new { r.PropositionId, r.Decision }).ToListAsync(cancellationToken);
        var followUps = await db.Set<FollowUpIndex>().AsNoTracking().Where(f => f.ProcessId == processId)
            .Select(f => new { f.ContentItemId, f.PropositionId, f.Date, f.Status }).ToListAsync(cancellationToken);

        var decisionOf = decisions.GroupBy(r => r.PropositionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Decision, StringComparer.Ordinal);
        var latestStatusOf = followUps.GroupBy(f => f.PropositionId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(f => f.Date).ThenByDescending(f => f.ContentItemId, StringComparer.Ordinal).First().Status,
            StringComparer.Ordinal);
        var summaries = propositions.Select(p => new PropositionSummary(
            p.Code, p.Title, p.Theme, p.Order, decisionOf.GetValueOrDefault(p.ContentItemId), latestStatusOf.GetValueOrDefault(p.ContentItemId)));
        return PropositionListing.Build(summaries, filter);
    }

    /// <summary>One published proposition of a published process, by the process's slug and the proposition's code (any case).</summary>
    public async Task<PropositionPage?> GetAsync(string slug, string code, CancellationToken cancellationToken = default)
    {
        var process = await db.Set<ProcessIndex>().AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new ProcessHeading(p.ContentItemId, p.Slug, p.Title, p.Organiser, p.IsDemo))
            .SingleOrDefaultAsync(cancellationToken);
        if (process is null)
        {
            return null;
        }

        var codes = db.Set<PropositionIndex>().AsNoTracking().Where(p => p.ProcessId == process.Id);
        var id = await codes.Where(p => p.Code == code).Select(p => p.ContentItemId).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            // Another case (« p-1 » for « P-1 ») is rare: only then are the process's codes read.
            var all = await codes.Select(p => new { p.ContentItemId, p.Code }).ToListAsync(cancellationToken);
            id = all.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase))?.ContentItemId;
            if (id is null)
            {
                return null;
            }
        }

        var childIds = await db.Set<ResponseIndex>().Where(r => r.PropositionId == id).Select(r => r.ContentItemId)
            .Concat(db.Set<FollowUpIndex>().Where(f => f.ProcessId == process.Id && f.PropositionId == id).Select(f => f.ContentItemId))
            .ToListAsync(cancellationToken);
        childIds.Add(id);
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.Published && childIds.Contains(v.ContentItemId))
            .ToListAsync(cancellationToken);
        var items = versions.Select(v => (Version: v, Content: types.Deserialize(v.ContentType, v.Data))).ToList();
        return items.FirstOrDefault(i => i.Version.ContentItemId == id).Content is Proposition own
            ? new PropositionPage(process, ProcessReader.BuildProposition(id, own, items))
            : null;
    }
}

/// <summary>What a proposition's page shows of its process: the process index row, no section of it.</summary>
public sealed record ProcessHeading(string Id, string Slug, string Title, string Organiser, bool IsDemo);

/// <summary>A proposition's permalink: its process heading and the proposition with its response and follow-ups.</summary>
public sealed record PropositionPage(ProcessHeading Process, PropositionView Item);
