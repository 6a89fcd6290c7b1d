using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.OpenData.Following;

namespace Portal.OpenData.Pages.Suivre;

/// <summary>
/// The link of the confirmation message. Opening it shows a button, and only the button confirms: a mail filter that
/// opens links to scan them does not give consent in the visitor's place.
/// </summary>
public sealed class ConfirmerModel(FollowRegistry registry) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Jeton { get; set; }

    /// <summary>Null before the button; then whether the link worked.</summary>
    public bool? Confirmed { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Confirmed = await registry.ConfirmAsync(Jeton, cancellationToken) is not null;
        return Page();
    }
}
