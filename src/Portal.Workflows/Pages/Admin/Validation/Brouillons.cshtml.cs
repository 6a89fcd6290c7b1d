using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Workflows.BackOffice;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Pages.Admin.Validation;

/// <summary>« Soumettre au COPIL tous les brouillons de la démarche »: each draft this person may submit goes on its own; refusals are listed.</summary>
[Authorize(Policy = Permissions.EditContent)]
public sealed class DraftsModel(PortalDbContext db, WorkflowQueries workflow, PublicationWorkflow actions, IEnumerable<IContentPlacement> placements) : PageModel
{
    public string RootId { get; private set; } = string.Empty;

    /// <summary>The root item's back-office page, where the submission started.</summary>
    public string Back => placements.AdminPageOfRoot(RootId);

    /// <summary>The outcome, in French.</summary>
    public IReadOnlyList<string> Report { get; private set; } = [];

    public IActionResult OnGet(string id) => Redirect("/admin");

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await db.ContentItemVersions.AnyAsync(v => v.ContentItemId == id && v.Latest, cancellationToken))
        {
            return NotFound();
        }

        RootId = id;
        var me = StaffMembers.From(User);
        var drafts = await db.ContentItemVersions.AsNoTracking()
            .DraftsOf(id)
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
        Report = [done == 0 && refusals.Count == 0 ? "Aucun brouillon à soumettre." : $"{done} brouillon(s) soumis au COPIL.", .. refusals];
        return Page();
    }
}
