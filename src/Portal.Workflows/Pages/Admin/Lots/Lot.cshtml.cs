using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;
using Portal.Core.Jobs;
using Portal.Workflows.BackOffice;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Pages.Admin.Lots;

/// <summary>
/// One lot as a reviewer reads it: a summary (counts per type, new and changed items), the filterable list of its
/// items (each opens on its diff against the published version), the actions this person may take, and its history.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class LotModel(LotQueries queries, BackgroundJobs jobs) : PageModel
{
    public LotView View { get; private set; } = null!;

    /// <summary>Every item (light), for the summary; <see cref="Shown"/> is the filtered page of them.</summary>
    public IReadOnlyList<LotItem> Items { get; private set; } = [];

    public IReadOnlyList<LotItem> Shown { get; private set; } = [];

    public int Matching { get; private set; }

    public IReadOnlyList<Portal.Workflows.Lots.LotAction> History { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    /// <summary>« nouveau » or « modifie ».</summary>
    [BindProperty(SupportsGet = true, Name = "changement")]
    public string? Change { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Matching + LotQueries.PageSize - 1) / LotQueries.PageSize);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await queries.ViewAsync(id, StaffMembers.From(User), cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Items = await queries.ItemsAsync(id, cancellationToken);
        var matching = Items.Where(i => (Type is null or "" || i.ContentType == Type)
                && (Change switch { "nouveau" => !i.Changed, "modifie" => i.Changed, _ => true })
                && (string.IsNullOrWhiteSpace(Query) || i.DisplayText.Contains(Query.Trim(), StringComparison.CurrentCultureIgnoreCase)))
            .ToList();
        Matching = matching.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Shown = [.. matching.Skip((PageNumber - 1) * LotQueries.PageSize).Take(LotQueries.PageSize)];
        History = await queries.HistoryAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>Takes a transition on the lot as a job (publishing a thousand items takes seconds): the job's page follows it.</summary>
    public async Task<IActionResult> OnPostAsync(
        long id, string transition, string stamp, string? comment, DateTimeOffset? publishAt,
        [FromForm(Name = "element")] Dictionary<string, string>? itemComments, CancellationToken cancellationToken)
    {
        var me = StaffMembers.From(User);
        if (await queries.ViewAsync(id, me, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        var label = view.Workflow.Transition(transition)?.Label ?? transition;
        var request = new LotRequest(id, transition, me, stamp, comment, itemComments, publishAt);
        var job = jobs.Start($"{label} : lot « {view.Lot.Name} »", me.Name, view.Lot.ItemCount, async (services, progress, ct) =>
        {
            var outcome = await services.GetRequiredService<LotWorkflow>().TakeAsync(request, progress, ct);
            return new JobResult(outcome.Succeeded, outcome.Message, $"/admin/lots/{id}");
        });
        return Redirect($"/admin/taches/{job.Id}");
    }

    public string PageLink(int page) =>
        $"/admin/lots/{View.Lot.Id}?type={Uri.EscapeDataString(Type ?? "")}&changement={Uri.EscapeDataString(Change ?? "")}&q={Uri.EscapeDataString(Query ?? "")}&p={page}#elements";
}
