using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Email;
using Portal.Core.Identity;

namespace Portal.Workflows.Notifications;

/// <summary>Delivers a workflow e-mail now, or holds it for the person's daily summary when they chose one.</summary>
public sealed class NotificationOutbox(PortalDbContext db, IEmailSender email, TimeProvider clock)
{
    public async Task DeliverAsync(PortalUser user, string subject, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.UserName ?? user.Id;
        if (await WantsDigestAsync(name, cancellationToken))
        {
            db.Add(new PendingNotification { UserName = name, Subject = subject, Body = body, CreatedUtc = StoredTime.UtcNow(clock) });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return;
        }

        if (user.Email is { } address)
        {
            await email.SendAsync(new EmailMessage(address, subject, body), cancellationToken);
        }
    }

    public Task<bool> WantsDigestAsync(string userName, CancellationToken cancellationToken) =>
        db.Set<NotificationPreference>().AsNoTracking().AnyAsync(p => p.UserName == userName && p.DailyDigest, cancellationToken);

    /// <summary>Records the person's choice; going back to immediate mails sends what was held at the next summary run.</summary>
    public async Task SetDigestAsync(string userName, bool dailyDigest, CancellationToken cancellationToken)
    {
        var preference = await db.Set<NotificationPreference>().SingleOrDefaultAsync(p => p.UserName == userName, cancellationToken);
        if (preference is null)
        {
            db.Add(new NotificationPreference { UserName = userName, DailyDigest = dailyDigest });
        }
        else
        {
            preference.DailyDigest = dailyDigest;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<int> PendingCountAsync(string userName, CancellationToken cancellationToken) =>
        db.Set<PendingNotification>().CountAsync(p => p.UserName == userName, cancellationToken);
}
