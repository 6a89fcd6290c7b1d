using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Admin.Forms;
using Portal.Admin.Users;
using Portal.Core.Identity;

namespace Portal.Admin.Pages.Admin.Utilisateurs;

/// <summary>Administrators list accounts, create them with a role, and lock or unlock them.</summary>
[Authorize(Policy = AdminPermissions.ManageUsers)]
public sealed class IndexModel(UserAdministration admin, RoleManager<PortalRole> roles, SignInManager<PortalUser> signIn) : PageModel
{
    public IReadOnlyList<UserAdministration.UserSummary> Users { get; private set; } = [];

    public IReadOnlyList<string> RoleNames { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    public IReadOnlyList<SummaryLine> Errors { get; private set; } = [];

    public string? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrWhiteSpace(Role))
        {
            var missing = new List<SummaryLine>();
            if (string.IsNullOrWhiteSpace(Email))
            {
                missing.Add(SummaryLine.Of("Email", "Adresse électronique", "indiquez l'adresse avec laquelle la personne se connectera."));
            }

            if (string.IsNullOrWhiteSpace(Role))
            {
                missing.Add(SummaryLine.Of("Role", "Rôle", "choisissez le rôle du compte."));
            }

            Errors = missing;
        }
        else
        {
            var result = await admin.AddAsync(Email, Role, password: null);
            Errors = [.. result.Errors.Select(e => SummaryLine.Of("Email", "Adresse électronique", e))];
            Created = result.Succeeded ? $"Compte {Email} créé. Mot de passe provisoire, à transmettre par un canal sûr : {result.GeneratedPassword}" : null;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    [BindProperty]
    public string? NewRole { get; set; }

    public async Task<IActionResult> OnPostRoleAsync(CancellationToken cancellationToken)
    {
        Errors = [.. (await admin.AddRoleAsync(NewRole ?? string.Empty, description: null)).Select(e => SummaryLine.Of("NewRole", "Nom du rôle", e))];
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMembershipAsync(string email, string role, bool member, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            Errors = [SummaryLine.Of(RoleFieldId(email), $"Rôle à donner ou retirer à {email}", "choisissez le rôle à donner ou à retirer.")];
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (!member && role == PortalRoles.Administrator && string.Equals(email, User.Identity?.Name, StringComparison.OrdinalIgnoreCase))
        {
            Errors = [new("Vous ne pouvez pas retirer votre propre rôle d'administrateur.")];
            await LoadAsync(cancellationToken);
            return Page();
        }

        await admin.SetRoleAsync(email, role, member, User.Identity!.Name!);
        if (string.Equals(email, User.Identity.Name, StringComparison.OrdinalIgnoreCase) && await signIn.UserManager.GetUserAsync(User) is { } self)
        {
            // Their own stamp changed too: a fresh cookie keeps them signed in, with their new roles.
            await signIn.RefreshSignInAsync(self);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLockAsync(string email, bool locked, CancellationToken cancellationToken)
    {
        if (string.Equals(email, User.Identity?.Name, StringComparison.OrdinalIgnoreCase) && locked)
        {
            Errors = [new("Vous ne pouvez pas verrouiller votre propre compte.")];
            await LoadAsync(cancellationToken);
            return Page();
        }

        await admin.SetLockedAsync(email, locked, User.Identity!.Name!);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await admin.ListAsync(cancellationToken);
        RoleNames = await roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(cancellationToken);
    }

    /// <summary>The id of the role list on a user's line: their address, with what an id may not hold replaced.</summary>
    public static string RoleFieldId(string? email) =>
        "role-" + (email ?? string.Empty).Replace("@", "-", StringComparison.Ordinal).Replace(".", "-", StringComparison.Ordinal);
}
