using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Workflows.Administration;

namespace Portal.Workflows.Pages.Admin.Circuits;

/// <summary>The workflow definitions an administrator may edit.</summary>
[Authorize(Policy = WorkflowPermissions.ManageWorkflows)]
public sealed class IndexModel(WorkflowEditor editor) : PageModel
{
    public IReadOnlyList<EditableWorkflow> Workflows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Workflows = await editor.ListAsync(cancellationToken);
}
