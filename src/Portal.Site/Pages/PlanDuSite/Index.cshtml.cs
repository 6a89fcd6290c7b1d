using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.Core.Seo;

namespace Portal.Site.Pages.PlanDuSite;

/// <summary>
/// The HTML site map RGAA asks for (criterion 12.1): the titled addresses every module lists in its sitemap source
/// (home, lists, each process, free pages, the statement), in the modules' order, without the thousands of
/// proposition permalinks that only the XML sitemap needs.
/// </summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = [PublicCache.ListsTag])]
public sealed class IndexModel(IEnumerable<ISitemapSource> sources) : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    public IReadOnlyList<SitemapEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var entries = new List<SitemapEntry>();
        foreach (var source in sources)
        {
            await foreach (var entry in source.GetEntriesAsync(cancellationToken))
            {
                if (entry.Title is not null)
                {
                    entries.Add(entry);
                }
            }
        }

        Entries = entries;
    }
}
