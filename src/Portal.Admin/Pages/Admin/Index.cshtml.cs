using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Workflows.Publication;

namespace Portal.Admin.Pages.Admin;

/// <summary>The back-office home: every process with the status of its latest version.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(PortalDbContext db, ContentTypeRegistry types, WorkflowQueries workflow) : PageModel
{
    /// <summary>How many submissions wait for this person's action.</summary>
    public int Waiting { get; private set; }

    public IReadOnlyList<ContentItemVersion> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var processType = types.NameOf<Portal.Processes.Content.Demarche>();
        Processes = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == processType && v.Latest)
            .OrderByDescending(v => v.ModifiedUtc)
            .ToListAsync(cancellationToken);
        Waiting = (await workflow.InboxAsync(Workflow.StaffMembers.From(User), cancellationToken)).Count;
    }
}
