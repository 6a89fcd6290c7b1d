using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Users;
using Portal.Core.Audit;
using Portal.Core.Identity;
using Portal.Core.Throttling;

namespace Portal.Admin.Pages.Admin;

/// <summary>Two-factor sign-in with an authenticator app (TOTP): set up, confirm with a code, or turn off with a code or the password; both audited.</summary>
[Throttled(ThrottledForm.TwoFactor)]
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class SecurityModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AccountChanges changes) : PageModel
{
    public bool Enabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Password { get; set; }

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

        if (!await ValidCodeAsync(user))
        {
            Error = "Code incorrect : saisissez le code à 6 chiffres affiché par votre application.";
            await LoadAsync();
            return Page();
        }

        await changes.ApplyAsync(user, user.UserName!, AuditActions.TwoFactorEnabled, null, () => users.SetTwoFactorEnabledAsync(user, true));
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

        // Whoever finds an open session must not be able to remove the second factor: a current code or the password.
        var proven = !string.IsNullOrEmpty(Code) ? await ValidCodeAsync(user)
            : !string.IsNullOrEmpty(Password) && (await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true)).Succeeded;
        if (!proven)
        {
            Error = "Pour désactiver la double authentification, saisissez un code actuel de votre application ou votre mot de passe.";
            await LoadAsync();
            return Page();
        }

        await changes.ApplyAsync(user, user.UserName!, AuditActions.TwoFactorDisabled, null, async () =>
        {
            var disabled = await users.SetTwoFactorEnabledAsync(user, false);
            return disabled.Succeeded ? await users.ResetAuthenticatorKeyAsync(user) : disabled;
        });
        await signIn.RefreshSignInAsync(user);
        Message = "La double authentification est désactivée.";
        await LoadAsync();
        return Page();
    }

    private Task<bool> ValidCodeAsync(PortalUser user) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider,
            (Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal));

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

            // A new key renews the security stamp: a fresh cookie keeps this session valid.
            await signIn.RefreshSignInAsync(user);
        }

        SharedKey = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString("Portail participation")}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString("Portail participation")}&digits=6";
        return true;
    }
}
