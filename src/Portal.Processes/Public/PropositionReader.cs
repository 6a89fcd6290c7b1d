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
public sealed class PropositionReader(PortalDbContext db, ContentTypeRegistry types, PropositionFacts facts, PublicClock clock)
{
    public async Task<PropositionListing> ListAsync(string processId, PropositionFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var summaries = await facts.ReadAsync(processId, cancellationToken);
        return PropositionListing.Build(summaries.Select(s => s.Summary), filter with { Today = clock.Today });
    }

    /// <summary>One published proposition of a published process, by the process's slug and the proposition's code (any case).</summary>
    public async Task<PropositionPage?> GetAsync(string slug, string code, CancellationToken cancellationToken = default)
    {
        if (await LocateAsync(slug, code, cancellationToken) is not { } located)
        {
            return null;
        }

        var (process, id) = located;
        var response = await db.Set<ResponseIndex>().AsNoTracking().Where(r => r.PropositionId == id)
            .Select(r => new { r.ContentItemId, r.RespondedOn }).FirstOrDefaultAsync(cancellationToken);
        var childIds = await db.Set<FollowUpIndex>().Where(f => f.ProcessId == process.Id && f.PropositionId == id).Select(f => f.ContentItemId)
            .ToListAsync(cancellationToken);
        childIds.Add(id);
        childIds.Add(Recipes.ProcessItemIds.Assessment(id));
        if (response is not null)
        {
            childIds.Add(response.ContentItemId);
        }

        // The response clock's starting points: a row for the opinion and one per referral, a handful at most.
        var starts = await db.Set<ReferralIndex>().AsNoTracking().Where(r => r.ProcessId == process.Id).ToListAsync(cancellationToken);

        // Earlier published versions come along, so that a response or a follow-up changed since says so and links its history.
        var history = PublicVersions.StillPublic(await PublicVersions.OncePublished(db.ContentItemVersions.AsNoTracking()
            .Where(v => childIds.Contains(v.ContentItemId))).ToListAsync(cancellationToken));
        var revised = history.GroupBy(v => v.ContentItemId, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Max(v => v.PublishedUtc!.Value), StringComparer.Ordinal);
        var items = history.Where(v => v.Published).Select(v => (Version: v, Content: types.Deserialize(v.ContentType, v.Data))).ToList();
        return items.FirstOrDefault(i => i.Version.ContentItemId == id).Content is Proposition own
            ? new PropositionPage(process, ProcessReader.BuildProposition(id, own, items, starts, response?.RespondedOn, clock.Today, revised))
            : null;
    }

    /// <summary>A published process's heading and the id of one of its published propositions, by slug and code (any case).</summary>
    public async Task<(ProcessHeading Process, string PropositionId)?> LocateAsync(string slug, string code, CancellationToken cancellationToken = default)
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
        }

        return id is null ? null : (process, id);
    }
}

/// <summary>What a proposition's page shows of its process: the process index row, no section of it.</summary>
public sealed record ProcessHeading(string Id, string Slug, string Title, string Organiser, bool IsDemo);

/// <summary>A proposition's permalink: its process heading and the proposition with its response and follow-ups.</summary>
public sealed record PropositionPage(ProcessHeading Process, PropositionView Item);
