using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Workflows.Definitions;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Pages.Admin.Lots;

/// <summary>The publication lots: those travelling now, then the last ones closed (published, sent back, withdrawn).</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(LotQueries queries, WorkflowStore definitions) : PageModel
{
    public IReadOnlyList<PublicationLot> Lots { get; private set; } = [];

    public Workflow? Workflow { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lots = await queries.RecentAsync(cancellationToken);
        Workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
    }

    public string StateOf(PublicationLot lot) =>
        Workflow is { } workflow && workflow.HasState(lot.State) ? workflow.State(lot.State).Label : lot.State;
}
