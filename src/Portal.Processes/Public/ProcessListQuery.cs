using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>Filters of the public list of processes; every one optional.</summary>
/// <param name="Organisation">Only the processes of the organisation at this address (<c>/organisations/{slug}</c>).</param>
/// <param name="Open">Only processes one may still join: running, or with registrations open (« en cours / inscriptions ouvertes »).</param>
public sealed record ProcessFilter(ProcessPhase? Phase = null, string? Theme = null, string? Organiser = null, int? Year = null, int Page = 1, bool Open = false, string? Organisation = null)
{
    public const int PageSize = 12;
}

public sealed record ProcessSummary(string Slug, string Title, string Summary, string Organiser, string Territory, IReadOnlyList<string> Themes, DateOnly StartDate, DateOnly? EndDate, ProcessPhase Phase, bool IsDemo);

public sealed record ProcessListResult(IReadOnlyList<ProcessSummary> Items, int Total, int Page, int PageCount, ProcessFacets Facets);

/// <summary>The values a visitor can filter on, from what is published.</summary>
public sealed record ProcessFacets(IReadOnlyList<string> Themes, IReadOnlyList<string> Organisers, IReadOnlyList<int> Years)
{
    /// <summary>The organisations that own at least one process, by name.</summary>
    public IReadOnlyList<OrganisationChoice> Organisations { get; init; } = [];
}

/// <summary>An organisation in a filter: its address and its name.</summary>
public sealed record OrganisationChoice(string Slug, string Name);

/// <summary>The public list of published processes, read from the index tables only.</summary>
public sealed class ProcessListQuery(PortalDbContext db, PublicClock clock)
{
    public async Task<ProcessListResult> RunAsync(ProcessFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = clock.Today;
        var query = db.Set<ProcessIndex>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Theme))
        {
            query = query.Where(p => p.Themes.Any(t => t.Theme == filter.Theme));
        }

        if (!string.IsNullOrWhiteSpace(filter.Organiser))
        {
            query = query.Where(p => p.Organiser == filter.Organiser);
        }

        if (!string.IsNullOrWhiteSpace(filter.Organisation))
        {
            var owned = from o in db.Set<Organisations.Organisation>()
                        where o.Slug == filter.Organisation
                        join p in db.Set<Organisations.OrganisationProcess>() on o.Id equals p.OrganisationId
                        select p.ProcessId;
            query = query.Where(p => owned.Contains(p.ContentItemId));
        }

        if (filter.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

        if (filter.Open)
        {
            // The same rule as the « Participer » block (ParticipationWindow), plus every running process.
            query = query.Where(p => (p.StartDate <= today && (p.EndDate == null || p.EndDate >= today))
                || (p.HasParticipation && (p.EndDate == null || p.EndDate >= today) && (p.RegistrationDeadline == null || p.RegistrationDeadline >= today)));
        }

        var responses = db.Set<ResponseIndex>();
        query = filter.Phase switch
        {
            ProcessPhase.Upcoming => query.Where(p => p.StartDate > today),
            ProcessPhase.Ongoing => query.Where(p => p.StartDate <= today && (p.EndDate == null || p.EndDate >= today)),
            ProcessPhase.Finished => query.Where(p => p.EndDate < today && !responses.Any(r => r.ProcessId == p.ContentItemId)),
            ProcessPhase.FollowUp => query.Where(p => p.EndDate < today && responses.Any(r => r.ProcessId == p.ContentItemId)),
            _ => query,
        };

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + ProcessFilter.PageSize - 1) / ProcessFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query
            .OrderByDescending(p => p.StartDate).ThenBy(p => p.Title)
            .Skip((page - 1) * ProcessFilter.PageSize).Take(ProcessFilter.PageSize)
            .Select(p => new
            {
                Process = p,
                Themes = p.Themes.Select(t => t.Theme).ToList(),
                HasResponses = responses.Any(r => r.ProcessId == p.ContentItemId),
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new ProcessSummary(
            r.Process.Slug, r.Process.Title, r.Process.Summary, r.Process.Organiser, r.Process.Territory, r.Themes,
            r.Process.StartDate, r.Process.EndDate, ProcessPhases.Of(r.Process.StartDate, r.Process.EndDate, r.HasResponses, today), r.Process.IsDemo)).ToList();
        return new ProcessListResult(items, total, page, pageCount, await FacetsAsync(cancellationToken));
    }

    private async Task<ProcessFacets> FacetsAsync(CancellationToken cancellationToken)
    {
        var themes = await db.Set<ProcessThemeIndex>().Select(t => t.Theme).Distinct().ToListAsync(cancellationToken);
        var organisers = await db.Set<ProcessIndex>().Select(p => p.Organiser).Distinct().ToListAsync(cancellationToken);
        var years = await db.Set<ProcessIndex>().Select(p => p.Year).Distinct().ToListAsync(cancellationToken);
        var french = StringComparer.Create(new System.Globalization.CultureInfo("fr-FR"), ignoreCase: true);
        var organisations = await db.Set<Organisations.Organisation>().Where(o => db.Set<Organisations.OrganisationProcess>().Any(p => p.OrganisationId == o.Id))
            .Select(o => new OrganisationChoice(o.Slug, o.Name)).ToListAsync(cancellationToken);
        return new ProcessFacets(themes.Order(french).ToList(), organisers.Order(french).ToList(), years.OrderDescending().ToList())
        {
            Organisations = [.. organisations.OrderBy(o => o.Name, french)],
        };
    }
}
