using Microsoft.AspNetCore.Identity;
using Portal.Core.Audit;
using Portal.Core.Data;
using Portal.Core.Identity;

namespace Portal.Admin.Users;

/// <summary>
/// A security-relevant change to an account (roles, lock, two-factor): applied, the account's security stamp
/// renewed (its open sessions end at their next request, the stamp being checked on each) and audited, all in
/// one transaction.
/// </summary>
public sealed class AccountChanges(PortalDbContext db, UserManager<PortalUser> users, AuditTrail audit)
{
    /// <summary>False, with nothing changed, when <paramref name="change"/> fails.</summary>
    public async Task<bool> ApplyAsync(
        PortalUser user, string actor, string action, string? comment, Func<Task<IdentityResult>> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(change);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!(await change()).Succeeded || !(await users.UpdateSecurityStampAsync(user)).Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }

        await audit.AppendAsync(actor, action, AuditSubject.Account(user.Id), comment, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
