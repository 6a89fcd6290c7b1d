using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Core.Identity;

/// <summary>
/// Identity's user manager, plus one thing: a failure that locks the account (password or two-factor code, from
/// any form) is audited with the lock, in one transaction, and the holder is told by e-mail (<see cref="LockoutNotice"/>),
/// so that nobody can lock an account out silently.
/// </summary>
public sealed class PortalUserManager : UserManager<PortalUser>
{
    private readonly IServiceProvider _services;

    public PortalUserManager(
        IUserStore<PortalUser> store,
        IOptions<IdentityOptions> optionsAccessor,
        IPasswordHasher<PortalUser> passwordHasher,
        IEnumerable<IUserValidator<PortalUser>> userValidators,
        IEnumerable<IPasswordValidator<PortalUser>> passwordValidators,
        ILookupNormalizer keyNormalizer,
        IdentityErrorDescriber errors,
        IServiceProvider services,
        ILogger<UserManager<PortalUser>> logger)
        : base(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger) =>
        _services = services;

    public override async Task<IdentityResult> AccessFailedAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var db = _services.GetRequiredService<PortalDbContext>();
        var wasLocked = await IsLockedOutAsync(user);

        // The account's row is written first: on SQLite it holds the writer lock for the audit append.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;
        var result = await base.AccessFailedAsync(user);
        var lockedNow = result.Succeeded && !wasLocked && await IsLockedOutAsync(user);
        var notice = lockedNow ? _services.GetRequiredService<LockoutNotice>() : null;
        if (notice is not null)
        {
            await notice.AuditAsync(user, Options.Lockout.MaxFailedAccessAttempts);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }

        if (notice is not null)
        {
            // After the commit: a lock that did not happen is never announced.
            await notice.MailAsync(user, await GetLockoutEndDateAsync(user), Options.Lockout.MaxFailedAccessAttempts);
        }

        return result;
    }
}
