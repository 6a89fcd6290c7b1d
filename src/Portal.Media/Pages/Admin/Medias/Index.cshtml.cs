using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Media.Storage;

namespace Portal.Media.Pages.Admin.Medias;

/// <summary>The media library: everyone in the back office sees it; editors add and delete.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(MediaLibrary library, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(string? ajoute, string? supprime, CancellationToken cancellationToken)
    {
        Message = ajoute is not null ? "Le média a été ajouté." : supprime is not null ? "Le média a été supprimé." : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.EditContent)).Succeeded)
        {
            return Forbid();
        }

        await library.DeleteAsync(id, cancellationToken);
        return RedirectToPage(new { supprime = 1 });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Permissions.EditContent)).Succeeded;
        Items = await library.ListAsync(cancellationToken);
    }
}
