using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Site.Pages.Contenu;

/// <summary>A published free page.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName)]
public sealed class PageModel(PortalDbContext db, ContentStore store) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public FreePage Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var id = await db.Set<PageIndex>().Where(p => p.Slug == slug).Select(p => p.ContentItemId).SingleOrDefaultAsync(cancellationToken);
        var version = id is null ? null : await store.GetPublishedAsync(id, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Item = store.Read<FreePage>(version);
        return Page();
    }
}
