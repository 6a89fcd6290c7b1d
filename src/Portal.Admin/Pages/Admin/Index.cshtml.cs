using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Extensions;
using Portal.Core.Identity;
using Portal.Core.Modules;

namespace Portal.Admin.Pages.Admin;

/// <summary>The back-office home: the menu the modules offer this person, and their blocks (what waits for them, the processes…).</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(ModuleCatalogue modules, IAuthorizationService authorization, AdminPanels panels) : PageModel
{
    public IReadOnlyList<AdminMenuEntry> Menu { get; private set; } = [];

    public IReadOnlyList<AdminPanel> Panels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var allowed = new List<AdminMenuEntry>();
        foreach (var entry in modules.Menu)
        {
            if ((await authorization.AuthorizeAsync(User, entry.Permission)).Succeeded)
            {
                allowed.Add(entry);
            }
        }

        Menu = allowed;
        Panels = await panels.ForAsync(new AdminPanelContext(AdminPanelPlace.Home, null, User, "/admin"), cancellationToken);
    }
}
