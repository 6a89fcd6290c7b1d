using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Search.Indexing;

namespace Portal.Search.Pages.Admin;

/// <summary>Back-office page to rebuild this node's search index from the database (same as <c>search rebuild</c>).</summary>
[Authorize(Policy = SearchPermissions.ManageSearchIndex)]
public sealed class SearchIndexModel(SearchIndexer indexer) : PageModel
{
    public int? Rebuilt { get; private set; }

    public bool Pending { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Pending = await indexer.HasPendingAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Rebuilt = await indexer.RebuildAsync(cancellationToken: cancellationToken);
        Pending = await indexer.HasPendingAsync(cancellationToken);
        return Page();
    }
}
