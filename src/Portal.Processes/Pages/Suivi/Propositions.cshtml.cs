using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Settings;
using Portal.Processes.Public;

namespace Portal.Processes.Pages.Suivi;

/// <summary>
/// The propositions behind a dashboard's figure (<c>/suivi/propositions</c>): one scope (process, organiser, year) and
/// the list's filters, 50 a page; the same selection is exported by <see cref="TrackedPropositionsCsvModel"/>.
/// </summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class TrackedPropositionsModel(FollowUpTracking tracking, SiteSettingsStore settings, PublicClock clock) : PageModel
{
    public const int PageSize = 50;

    public TrackingScope Scope { get; private set; } = new();

    public PropositionFilter Filter { get; private set; } = new();

    public TrackedSelection Selection { get; private set; } = new([], [], []);

    public IReadOnlyList<TrackedProposition> PageItems { get; private set; } = [];

    public int PageCount { get; private set; } = 1;

    public SiteSettings Site { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = TrackingLinks.ReadScope(Request.Query);
        Filter = PropositionFilters.Read(Request.Query) with { Today = clock.Today };
        Selection = TrackedSelection.Of(await tracking.ReadAsync(new TrackingScope(), cancellationToken), Scope, Filter);
        PageCount = Math.Max(1, (Selection.Matching.Count + PageSize - 1) / PageSize);
        Filter = Filter with { Page = Math.Clamp(Filter.Page, 1, PageCount) };
        PageItems = [.. Selection.Matching.Skip((Filter.Page - 1) * PageSize).Take(PageSize)];
        Site = await settings.GetAsync(cancellationToken);
    }
}
