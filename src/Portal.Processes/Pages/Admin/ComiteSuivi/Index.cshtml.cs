using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Processes.Indexes;

namespace Portal.Processes.Pages.Admin.ComiteSuivi;

/// <summary>The processes whose propositions this person may assess as the follow-up committee, with their propositions.</summary>
[Authorize(Policy = ProcessesPermissions.WriteAssessments)]
public sealed class AssessmentsModel(PortalDbContext db, AssessmentAccess access) : PageModel
{
    public IReadOnlyList<(string Id, string Title, IReadOnlyList<(string Code, string Title)> Propositions)> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var may = await access.ForAsync(User, cancellationToken);
        var processes = (await db.Set<ProcessIndex>().AsNoTracking().OrderBy(p => p.Title).Select(p => new { p.ContentItemId, p.Title }).ToListAsync(cancellationToken))
            .Where(p => may(p.ContentItemId)).ToList();
        var ids = processes.Select(p => p.ContentItemId).ToList();
        var propositions = (await db.Set<PropositionIndex>().AsNoTracking().Where(p => ids.Contains(p.ProcessId))
            .OrderBy(p => p.Order).Select(p => new { p.ProcessId, p.Code, p.Title }).ToListAsync(cancellationToken)).ToLookup(p => p.ProcessId, StringComparer.Ordinal);
        Processes = [.. processes.Select(p => (p.ContentItemId, p.Title, (IReadOnlyList<(string, string)>)[.. propositions[p.ContentItemId].Select(x => (x.Code, x.Title))]))];
    }
}
