using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Core.Throttling;

namespace Portal.Admin.Pages.Admin;

/// <summary>Second step of sign-in for accounts with two-factor authentication.</summary>
[Throttled(ThrottledForm.TwoFactor)]
[AllowAnonymous]
public sealed class SignInCodeModel(SignInManager<PortalUser> signIn) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/admin/connexion") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

        Failure = result.IsLockedOut
            ? "Ce compte est temporairement verrouillé après plusieurs échecs."
            : "Code incorrect ou expiré. Saisissez le code actuel de votre application.";
        return Page();
    }
}
