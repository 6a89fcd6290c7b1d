using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Seo;

namespace Portal.Site;

internal sealed class PageSitemapSource(PortalDbContext db) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> GetEntriesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new SitemapEntry("/", null, "Accueil");
        var pages = await db.Set<PageIndex>().AsNoTracking().OrderBy(p => p.Slug).ToListAsync(cancellationToken);
        foreach (var page in pages)
        {
            yield return new SitemapEntry($"/pages/{page.Slug}", page.PublishedUtc, page.Title);
        }

        yield return new SitemapEntry("/accessibilite", null, "Déclaration d'accessibilité");
    }
}
