using Microsoft.AspNetCore.Mvc;

namespace Portal.Admin.Navigation;

/// <summary>The back-office navigation beside every back-office page, for a signed-in person.</summary>
public sealed class AdminNavigationViewComponent(AdminNavigation navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await navigation.ForAsync(UserClaimsPrincipal));
}
