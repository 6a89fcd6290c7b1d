using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Settings;
using Portal.Processes.Organisations;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Organisations;

/// <summary>An organisation's public page: what it is, its published processes and its « devoir de suite » figures (the site dashboard's, for its processes only).</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class OrganisationPageModel(
    OrganisationStore store, OrganisationDirectory directory, ProcessDirectory published, ProcessListQuery processes, FollowUpTracking tracking, SiteSettingsStore settings) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public ProcessListResult Processes { get; private set; } = null!;

    public FollowUpDashboard Dashboard { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var organisation = await store.FindAsync(slug, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }

        Organisation = organisation;
        Processes = await processes.RunAsync(new ProcessFilter(Organisation: slug), cancellationToken);
        var owned = (await directory.ProcessIdsOfSlugAsync(slug, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var slugs = (await published.PublishedAsync(cancellationToken)).Where(p => owned.Contains(p.Id)).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var all = await tracking.ReadAsync(new TrackingScope(), cancellationToken);
        Dashboard = FollowUpDashboard.Of(new TrackingScope(), [.. all.Where(i => slugs.Contains(i.ProcessSlug))]);
        Site = await settings.GetAsync(cancellationToken);
        return Page();
    }
}
