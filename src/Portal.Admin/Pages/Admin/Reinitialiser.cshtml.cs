using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Core.Identity;
using Portal.Core.Throttling;

namespace Portal.Admin.Pages.Admin;

/// <summary>Sets a new password from the e-mailed link; the link works once.</summary>
[Throttled(ThrottledForm.PasswordReset)]
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<PortalUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Choisissez un nouveau mot de passe.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nouveau mot de passe (12 caractères au moins)")]
    public string Password { get; set; } = string.Empty;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Done { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email);
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            token = string.Empty;
        }

        var result = user is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, token, Password);
        if (!result.Succeeded)
        {
            Errors = result.Errors.Any(e => e.Code != "InvalidToken")
                ? [.. result.Errors.Where(e => e.Code != "InvalidToken").Select(e => e.Description)]
                : ["Ce lien n'est plus valable. Demandez-en un nouveau."];
            return Page();
        }

        Done = true;
        return Page();
    }
}
