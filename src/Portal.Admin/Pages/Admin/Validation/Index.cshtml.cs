using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Workflow;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Workflows.Publication;

namespace Portal.Admin.Pages.Admin.Validation;

/// <summary>
/// The reviewers' inbox: what waits for this person (to validate or send back for COPIL members, to publish for
/// editors), oldest first; and, for authors, where their own submissions stand.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(WorkflowQueries workflow, PortalDbContext db) : PageModel
{
    public IReadOnlyList<InboxEntry> Waiting { get; private set; } = [];

    public IReadOnlyList<AuthorSubmission> Mine { get; private set; } = [];

    public IReadOnlyDictionary<string, string> ProcessNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = StaffMembers.From(User);
        Waiting = await workflow.InboxAsync(me, cancellationToken);
        Mine = await workflow.ByAuthorAsync(me.Name, cancellationToken: cancellationToken);
        var ids = Waiting.Select(w => w.Submission.ProcessId).Concat(Mine.Select(m => m.Submission.ProcessId)).OfType<string>().Distinct().ToList();
        ProcessNames = await db.ContentItemVersions.AsNoTracking()
            .Where(v => ids.Contains(v.ContentItemId) && v.Latest)
            .ToDictionaryAsync(v => v.ContentItemId, v => v.DisplayText, cancellationToken);
    }

    public string ProcessOf(WorkflowSubmission submission) =>
        submission.ProcessId is { } id && ProcessNames.TryGetValue(id, out var name) ? name : "—";
}
