using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Public;
using Portal.Processes.Indexes;
using Portal.Processes.Public;

namespace Portal.Processes.Pages;

/// <summary>The home page: what the portal is, key figures, the latest processes and other modules' blocks.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class HomeModel(ProcessListQuery query, PortalDbContext db, IEnumerable<IPublicBlock> blocks) : PageModel
{
    public ProcessListResult Latest { get; private set; } = null!;

    public int PropositionCount { get; private set; }

    public int ResponseCount { get; private set; }

    /// <summary>Other modules' blocks (the latest news…), after the latest processes.</summary>
    public IReadOnlyList<PublicBlock> Blocks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Latest = await query.RunAsync(new ProcessFilter(), cancellationToken);
        var published = db.Set<ProcessIndex>().Select(p => p.ContentItemId);
        PropositionCount = await db.Set<PropositionIndex>().CountAsync(p => published.Contains(p.ProcessId), cancellationToken);
        ResponseCount = await db.Set<ResponseIndex>().CountAsync(r => published.Contains(r.ProcessId), cancellationToken);
        Blocks = await blocks.ForAsync(new PublicBlockContext(PublicBlockPlace.Home), cancellationToken);
    }
}
