using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Processes.Indexes;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Demarches;

/// <summary>« Tableau de bord du devoir de suite » of one process, from its index rows.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class ProcessFollowUpModel(PortalDbContext db, FollowUpTracking tracking, SiteSettingsStore settings) : PageModel
{
    public ProcessHeading Process { get; private set; } = null!;

    public FollowUpDashboard Dashboard { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var process = await db.Set<ProcessIndex>().AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new ProcessHeading(p.ContentItemId, p.Slug, p.Title, p.Organiser, p.IsDemo)).SingleOrDefaultAsync(cancellationToken);
        if (process is null)
        {
            return NotFound();
        }

        Process = process;
        PublicCache.TagProcess(HttpContext, process.Id);
        var scope = new TrackingScope(Process: slug);
        Dashboard = FollowUpDashboard.Of(scope, await tracking.ReadAsync(scope, cancellationToken));
        Site = await settings.GetAsync(cancellationToken);
        return Page();
    }
}
