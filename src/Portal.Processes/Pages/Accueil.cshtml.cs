using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Processes.Indexes;
using Portal.Processes.Public;

namespace Portal.Processes.Pages;

/// <summary>The home page: what the portal is, key figures and the latest processes.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class HomeModel(ProcessListQuery query, PortalDbContext db) : PageModel
{
    public ProcessListResult Latest { get; private set; } = null!;

    public int PropositionCount { get; private set; }

    public int ResponseCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Latest = await query.RunAsync(new ProcessFilter(), cancellationToken);
        var published = db.Set<ProcessIndex>().Select(p => p.ContentItemId);
        PropositionCount = await db.Set<PropositionIndex>().CountAsync(p => published.Contains(p.ProcessId), cancellationToken);
        ResponseCount = await db.Set<ResponseIndex>().CountAsync(r => published.Contains(r.ProcessId), cancellationToken);
    }
}
