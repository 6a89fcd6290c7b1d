using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Extensions;
using Portal.Core.Identity;

namespace Portal.Admin.Pages.Admin;

/// <summary>The back-office home: the modules' blocks for this person (what waits for them, the processes, the site's pages…); the menu is the layout's.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(AdminPanels panels) : PageModel
{
    public IReadOnlyList<AdminPanel> Panels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Panels = await panels.ForAsync(new AdminPanelContext(AdminPanelPlace.Home, null, User, "/admin"), cancellationToken);
}
