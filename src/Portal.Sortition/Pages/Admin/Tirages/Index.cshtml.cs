using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Pages.Admin.Tirages;

/// <summary>Back office: every draw with its status and preparation progress, for administrators.</summary>
[Authorize(Policy = SortitionPermissions.RunDraws)]
public sealed class IndexModel(SortitionService draws) : PageModel
{
    public IReadOnlyList<SortitionDraw> Draws { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Draws = await draws.ListAsync(cancellationToken);
}
