using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Core.Email;
using Portal.Core.Identity;
using Portal.Core.Throttling;
using Portal.Core.Public;

namespace Portal.Admin.Pages.Admin;

/// <summary>Asks for a password reset link by e-mail. The answer is the same whether or not the account exists.</summary>
[Throttled(ThrottledForm.PasswordReset)]
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<PortalUser> users, IEmailSender email, PublicSite site) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
    [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide.")]
    [Display(Name = "Adresse électronique")]
    public string Email { get; set; } = string.Empty;

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is not null && !await users.IsLockedOutAsync(user))
        {
            var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            // From the configured address only: a forged Host header must not carry the token to another server.
            var link = site.Url($"/admin/reinitialiser?email={Uri.EscapeDataString(user.Email!)}&code={code}");
            await email.SendAsync(new EmailMessage(user.Email!, "Réinitialisation de votre mot de passe",
                $"Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une seule fois) :\n{link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.\n"), cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
