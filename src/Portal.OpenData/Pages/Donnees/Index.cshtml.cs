using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Caching;
using Portal.OpenData.Datasets;

namespace Portal.OpenData.Pages.Donnees;

/// <summary>The open-data page: each dataset with its dictionary, row count, files and schema; the licence; when it was generated.</summary>
[OutputCache(PolicyName = PublicCache.PolicyName, Tags = [PublicCache.ListsTag])]
public sealed class IndexModel(OpenDataFiles files) : PageModel
{
    public OpenDataView View { get; private set; } = null!;

    public IReadOnlyList<(Dataset Dataset, int Rows)> Datasets { get; private set; } = [];

    public OpenDataLicence Licence => OpenDataLicence.Of(View.Context.Site);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await files.ReadAsync(cancellationToken);
        Datasets = [.. files.Datasets.Select(d => (d, d.Rows(View.Context, View.Snapshot.Processes).Count()))];
    }
}
