using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Identity;

namespace Portal.Admin.Users;

/// <summary>What administrators (pages) and operators (command line) do with accounts.</summary>
public sealed class UserAdministration(UserManager<PortalUser> users, RoleManager<PortalRole> roles, AccountChanges changes, TimeProvider clock)
{
    public sealed record UserSummary(string Email, IReadOnlyList<string> Roles, bool Locked);

    public sealed record AddResult(bool Succeeded, string? GeneratedPassword, IReadOnlyList<string> Errors);

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var result = new List<UserSummary>();
        foreach (var user in all)
        {
            result.Add(new UserSummary(user.Email ?? user.UserName ?? user.Id, [.. await users.GetRolesAsync(user)], IsLocked(user)));
        }

        return result;
    }

    /// <summary>Creates an account with one role; without a password one is generated and returned once.</summary>
    public async Task<AddResult> AddAsync(string email, string role, string? password)
    {
        if (await roles.FindByNameAsync(role) is null)
        {
            var known = await roles.Roles.Select(r => r.Name).ToListAsync();
            return new AddResult(false, null, [$"Rôle inconnu « {role} » (rôles : {string.Join(", ", known)})."]);
        }

        var generated = string.IsNullOrEmpty(password) ? OneTimePasswords.Generate() : null;
        var user = new PortalUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password ?? generated!);
        if (!created.Succeeded)
        {
            return new AddResult(false, null, [.. created.Errors.Select(e => e.Description)]);
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return new AddResult(false, null, [.. added.Errors.Select(e => e.Description)]);
        }

        return new AddResult(true, generated, []);
    }

    /// <summary>Adds a role (roles are never deleted here: versions and audit entries name them).</summary>
    public async Task<IReadOnlyList<string>> AddRoleAsync(string name, string? description)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ["Le nom du rôle est obligatoire."];
        }

        if (await roles.RoleExistsAsync(name.Trim()))
        {
            return [$"Le rôle « {name.Trim()} » existe déjà."];
        }

        var result = await roles.CreateAsync(new PortalRole(name.Trim()) { Description = description });
        return [.. result.Errors.Select(e => e.Description)];
    }

    /// <summary>
    /// Gives or takes a role, audited; the account's open sessions end at their next request. False when the
    /// account or the role does not exist.
    /// </summary>
    public async Task<bool> SetRoleAsync(string email, string role, bool member, string actor)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || !await roles.RoleExistsAsync(role))
        {
            return false;
        }

        if (member == await users.IsInRoleAsync(user, role))
        {
            return true;
        }

        return member
            ? await changes.ApplyAsync(user, actor, AuditActions.RoleGranted, role, () => users.AddToRoleAsync(user, role))
            : await changes.ApplyAsync(user, actor, AuditActions.RoleRevoked, role, () => users.RemoveFromRoleAsync(user, role));
    }

    /// <summary>
    /// Locks (until unlocked) or unlocks an account, audited; a lock ends its open sessions at their next request.
    /// False when there is no such account.
    /// </summary>
    public async Task<bool> SetLockedAsync(string email, bool locked, string actor)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return false;
        }

        return await changes.ApplyAsync(user, actor, locked ? AuditActions.AccountLocked : AuditActions.AccountUnlocked, null, async () =>
        {
            var enabled = await users.SetLockoutEnabledAsync(user, true);
            return enabled.Succeeded ? await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null) : enabled;
        });
    }

    private bool IsLocked(PortalUser user) => user.LockoutEnd is { } end && end > clock.GetUtcNow();
}
