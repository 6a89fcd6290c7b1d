using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;
using Portal.Core.Throttling;

namespace Portal.Admin.Pages.Admin;

/// <summary>Sign-in to the back office; repeated failures lock the account for a while.</summary>
[Throttled(ThrottledForm.SignIn)]
[AllowAnonymous]
public sealed class SignInModel(SignInManager<PortalUser> signIn, IPasswordHasher<PortalUser> hasher) : PageModel
{
    // A hash of a random password, made once: an unknown address is checked against it so that it costs the
    // same hashing work as a known one, and the answer's timing does not tell which addresses have accounts.
    private static string? _unknownAccountHash;

    [BindProperty]
    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide.")]
    [Display(Name = "Adresse électronique")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Indiquez votre mot de passe.")]
    [DataType(DataType.Password)]
    [Display(Name = "Mot de passe")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await signIn.UserManager.FindByNameAsync(Email.Trim()) is null)
        {
            var unknown = new PortalUser();
            _unknownAccountHash ??= hasher.HashPassword(unknown, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
            hasher.VerifyHashedPassword(unknown, _unknownAccountHash, Password);
            Failure = "Adresse électronique ou mot de passe incorrect.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect("/admin/connexion/code" + (Url.IsLocalUrl(ReturnUrl) ? "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrl) : string.Empty));
        }

        Failure = result.IsLockedOut
            ? "Ce compte est temporairement verrouillé après plusieurs échecs. Réessayez dans quelques minutes ou contactez un administrateur."
            : "Adresse électronique ou mot de passe incorrect.";
        return Page();
    }
}
