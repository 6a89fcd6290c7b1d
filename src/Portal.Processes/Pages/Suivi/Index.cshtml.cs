using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Suivi;

/// <summary>The site-wide « devoir de suite » dashboard (<c>/suivi</c>), optionally for one organiser or one year.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class FollowUpIndexModel(FollowUpTracking tracking, SiteSettingsStore settings) : PageModel
{
    public FollowUpDashboard Dashboard { get; private set; } = null!;

    public SiteSettings Site { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = TrackingLinks.ReadScope(Request.Query) with { Process = null };
        Dashboard = FollowUpDashboard.Of(scope, await tracking.ReadAsync(scope, cancellationToken));
        Site = await settings.GetAsync(cancellationToken);
    }
}
