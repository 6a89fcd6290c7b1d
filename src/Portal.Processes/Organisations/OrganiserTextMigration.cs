using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Setup;
using Portal.Processes.Indexes;

namespace Portal.Processes.Organisations;

/// <summary>
/// Sites that existed before organisations named a process's organiser in text only. Once per site, each published
/// process without an owner is given the organisation of that name (created, of kind « autre », when none has it):
/// the public pages and filters then find it. Nobody is made a member, so every process keeps being edited by the
/// site-wide roles exactly as before, until an administrator names an organisation's members.
/// </summary>
internal sealed class OrganiserTextMigration(PortalDbContext db, OrganisationStore store) : IDataMigration
{
    public string Key => "organisations-depuis-organisateurs";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var owned = db.Set<OrganisationProcess>().Select(p => p.ProcessId);
        var orphans = await db.Set<ProcessIndex>().AsNoTracking().Where(p => !owned.Contains(p.ContentItemId))
            .Select(p => new { p.ContentItemId, p.Organiser }).ToListAsync(cancellationToken);
        foreach (var group in orphans.Where(p => !string.IsNullOrWhiteSpace(p.Organiser)).GroupBy(p => p.Organiser.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var organisation = await OrganisationNamedAsync(group.Key, cancellationToken);
            foreach (var process in group)
            {
                await store.AssignAsync(organisation, process.ContentItemId, Actor, cancellationToken);
            }
        }
    }

    private const string Actor = "migration";

    private async Task<Organisation> OrganisationNamedAsync(string name, CancellationToken cancellationToken)
    {
        var all = await store.AllAsync(cancellationToken);
        if (all.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)) is { } existing)
        {
            return existing;
        }

        var slug = new OrganisationInput(name, null).SlugOrDefault;
        for (var n = 2; all.Any(o => o.Slug == slug); n++)
        {
            slug = $"{new OrganisationInput(name, null).SlugOrDefault}-{n}";
        }

        var result = await store.SaveAsync(null, new OrganisationInput(name[..Math.Min(name.Length, 300)], slug.Length == 0 ? "organisation" : slug), Actor, cancellationToken);
        return result.Organisation ?? throw new InvalidOperationException($"The organiser of a process could not become an organisation: {string.Join(" ", result.Problems.Select(p => p.Message))}");
    }
}
