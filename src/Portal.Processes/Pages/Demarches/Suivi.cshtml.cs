using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Caching;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Processes.Content;
using Portal.Processes.Indexes;
using Portal.Processes.Public;
using Portal.Processes.Recipes;

namespace Portal.Processes.Pages.Demarches;

/// <summary>
/// « Tableau de bord du devoir de suite » of one process, from its index rows, with the follow-up committee's published
/// scores per theme (never a draft) as the committee's own voice.
/// </summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class ProcessFollowUpModel(PortalDbContext db, FollowUpTracking tracking, SiteSettingsStore settings, ContentStore store) : PageModel
{
    public ProcessHeading Process { get; private set; } = null!;

    public FollowUpDashboard Dashboard { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    /// <summary>The committee's published scores, when there are.</summary>
    public CommitteeScores? Scores { get; private set; }

    /// <summary>When the reviewing body validated the scores shown.</summary>
    public DateTime? ScoresApprovedUtc { get; private set; }

    /// <summary>The process's themes, to name those the committee did not score.</summary>
    public IReadOnlyList<string> Themes { get; private set; } = [];

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
        if (await store.GetPublishedAsync(ProcessItemIds.CommitteeScores(process.Id), cancellationToken) is { } published)
        {
            (Scores, ScoresApprovedUtc) = (store.Read<CommitteeScores>(published), published.ApprovedUtc);
            Themes = await db.Set<ProcessThemeIndex>().AsNoTracking().Where(t => t.ProcessId == process.Id).OrderBy(t => t.Id).Select(t => t.Theme).ToListAsync(cancellationToken);
        }

        return Page();
    }
}
