using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Media.Storage;

namespace Portal.Media.Pages.Admin.Medias;

/// <summary>The media library: everyone in the back office sees it; editors add and delete.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(MediaLibrary library, MediaDeletion deletion, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public string? Message { get; private set; }

    /// <summary>A deletion refused because pages use the media: the media and those pages, to confirm by name.</summary>
    public (MediaItem Media, IReadOnlyList<MediaUsage> UsedBy)? Pending { get; private set; }

    public async Task OnGetAsync(string? ajoute, string? supprime, CancellationToken cancellationToken)
    {
        Message = ajoute is not null ? "Le média a été ajouté." : supprime is not null ? "Le média a été supprimé." : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, string[]? confirme, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.EditContent)).Succeeded)
        {
            return Forbid();
        }

        var result = await deletion.DeleteAsync(id, User.Identity?.Name ?? "?", confirme ?? [], cancellationToken);
        if (!result.Refused)
        {
            return RedirectToPage(new { supprime = 1 });
        }

        Pending = (await library.FindAsync(id, cancellationToken) ?? throw new InvalidOperationException("media vanished"), result.UsedBy);
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Permissions.EditContent)).Succeeded;
        Items = await library.ListAsync(cancellationToken);
    }
}
