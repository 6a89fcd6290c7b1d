using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Admin.Workflow;
using Portal.Core.Identity;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Admin.Pages.Admin.Demarches;

/// <summary>One process in the back office: every item of it with its latest status, and what to edit or add.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class DemarcheModel(PortalDbContext db, WorkflowQueries workflow, PublicationWorkflow actions, IAuthorizationService authorization) : PageModel
{
    /// <summary>The outcome of « soumettre tous les brouillons », in French.</summary>
    public IReadOnlyList<string> BatchReport { get; private set; } = [];

    public string Id { get; private set; } = string.Empty;

    public ContentItemVersion Process { get; private set; } = null!;

    public IReadOnlyList<ContentItemVersion> Items { get; private set; } = [];

    public IEnumerable<ContentItemVersion> OfType(string type, string? container = null) =>
        Items.Where(i => i.ContentType == type && (container is null || i.ContainerId == container));

    public ContentItemVersion? Item(string id) => Items.FirstOrDefault(i => i.ContentItemId == id);

    /// <summary>Submits every draft of the process this person may submit, each on its own; reports what could not be.</summary>
    public async Task<IActionResult> OnPostSubmitAllAsync(string id, CancellationToken cancellationToken)
    {
        // Page handlers take no [Authorize] of their own: the page is open to every staff role, submitting is not.
        if (!(await authorization.AuthorizeAsync(User, Permissions.EditContent)).Succeeded)
        {
            return Forbid();
        }

        var me = StaffMembers.From(User);
        var drafts = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == id && v.Latest && (v.Status == ContentStatus.Draft || v.Status == ContentStatus.Returned))
            .OrderBy(v => v.ContentItemId).Select(v => v.ContentItemId).ToListAsync(cancellationToken);
        var requests = new List<(string, WorkflowRequest)>();
        foreach (var itemId in drafts)
        {
            var track = (await workflow.ForItemAsync(itemId, me, cancellationToken))?.Tracks.FirstOrDefault(t => t.Version.Latest && t.Phase == WorkflowPhase.Draft);
            if (track?.Available.FirstOrDefault(t => !t.CommentRequired && !t.Scheduled) is { } submit)
            {
                requests.Add((track.Version.DisplayText, new WorkflowRequest(itemId, track.Version.Version, submit.Key, me, track.Stamp)));
            }
        }

        var (done, refusals) = await actions.TakeEachAsync(requests, cancellationToken);
        BatchReport = [done == 0 && refusals.Count == 0 ? "Aucun brouillon à soumettre." : $"{done} brouillon(s) soumis au COPIL.", .. refusals];
        return await OnGetAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Items = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == id && v.Latest)
            .OrderBy(v => v.ContentItemId)
            .ToListAsync(cancellationToken);
        var process = Items.FirstOrDefault(i => i.ContentItemId == id);
        if (process is null)
        {
            return NotFound();
        }

        Id = id;
        Process = process;
        return Page();
    }
}
