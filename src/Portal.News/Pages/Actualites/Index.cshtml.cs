using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.News.Public;

namespace Portal.News.Pages.Actualites;

/// <summary>« Actualités »: every published news item, newest first, ten a page.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = new[] { PublicCache.ListsTag })]
public sealed class IndexModel(NewsReader reader) : PageModel
{
    // "page" is a Razor Pages route value; the page number travels as "p", as on the processes' list.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public NewsPage Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Result = await reader.PageAsync(Math.Max(1, PageNumber), cancellationToken);
    }

    public static string PageUrl(int page) => page == 1 ? "/actualites" : "/actualites?p=" + page.ToString(CultureInfo.InvariantCulture);
}
