using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Media.Storage;

namespace Portal.Media.Pages.Admin.Medias;

/// <summary>Upload one image or document; errors come back in French beside their field.</summary>
[Authorize(Policy = Permissions.EditContent)]
[UploadLimits]
public sealed class UploadModel(MediaLibrary library, MediaOptions options) : PageModel
{
    [BindProperty]
    public string? Titre { get; set; }

    [BindProperty]
    public string? TexteAlternatif { get; set; }

    public MediaOptions Limits => options;

    public async Task<IActionResult> OnPostAsync(IFormFile? fichier, CancellationToken cancellationToken)
    {
        if (fichier is null || fichier.Length == 0)
        {
            ModelState.AddModelError(nameof(fichier), "Choisissez un fichier à envoyer.");
            return Page();
        }

        await using var content = fichier.OpenReadStream();
        var result = await library.UploadAsync(new UploadRequest(content, fichier.FileName, Titre, TexteAlternatif, User.Identity?.Name ?? "?"), cancellationToken);
        if (!result.Succeeded)
        {
            var field = result.Field switch
            {
                UploadField.AltText => nameof(TexteAlternatif),
                UploadField.Title => nameof(Titre),
                _ => nameof(fichier),
            };
            ModelState.AddModelError(field, result.Error!);
            return Page();
        }

        return RedirectToPage("Index", new { ajoute = result.Media!.Id });
    }
}
