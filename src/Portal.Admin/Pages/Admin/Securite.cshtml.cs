using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;

namespace Portal.Admin.Pages.Admin;

/// <summary>Two-factor sign-in with an authenticator app (TOTP): set up, confirm with a code, or turn off.</summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class SecuriteModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PageModel
{
    public bool Enabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = "Code incorrect : saisissez le code à 6 chiffres affiché par votre application.";
            await LoadAsync();
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        Message = "La double authentification est activée.";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        Message = "La double authentification est désactivée.";
        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }

        Enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("Portail participation")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString("Portail participation")}&digits=6";
        return true;
    }
}
