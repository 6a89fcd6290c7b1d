using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Forms;
using Portal.Workflows.BackOffice;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Pages.Admin.Validation;

/// <summary>
/// One submission as a reviewer reads it: what changed against the version the public reads today, field by
/// field, then the actions this person may take (with comments per field when sending back).
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class SubmissionModel(WorkflowQueries workflow, ContentStore store, PortalDbContext db, FieldLabels labels) : PageModel
{
    public WorkflowSubmission Submission { get; private set; } = null!;

    public ContentItemVersion Submitted { get; private set; } = null!;

    public ContentItemVersion? Published { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public WorkflowPanelModel? Panel { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await db.Set<WorkflowSubmission>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } submission)
        {
            return NotFound();
        }

        Submission = submission;
        var submitted = await db.ContentItemVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ContentItemId == Submission.ContentItemId && v.Version == Submission.Version, cancellationToken);
        if (submitted is null)
        {
            return NotFound();
        }

        Submitted = submitted;
        Published = await store.GetPublishedAsync(Submission.ContentItemId, cancellationToken);
        Changes = VersionDiff.Compare(Published is null ? null : JsonNode.Parse(Published.Data), JsonNode.Parse(Submitted.Data));
        if (await workflow.ForItemAsync(Submission.ContentItemId, StaffMembers.From(User), cancellationToken) is { } item)
        {
            // Only this submission's version: the page is about it, not about the item's other versions.
            var tracks = item.Tracks.Where(t => t.Version.Version == Submission.Version).ToList();
            Panel = new WorkflowPanelModel(item with { Tracks = tracks, SendBack = null }, $"/admin/validation/{id}", FieldsOf(Submitted.ContentType));
        }

        return Page();
    }

    private IReadOnlyList<(string Path, string Label)> FieldsOf(string contentType) =>
        store.Types.TryGetType(contentType, out var type)
            ? [.. RecordShape.Of(type).Where(f => !f.IsRecordList && !f.IsNestedRecord).Select(f => (f.Name, labels.For(f.Name)))]
            : [];
}
