using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Email;
using Portal.Core.Identity;
using Portal.Core.Public;
using Portal.Core.Text;

namespace Portal.Workflows.Notifications;

/// <summary>Sends each person who holds notifications one summary of all of them, then forgets them.</summary>
public sealed class DailyDigest(PortalDbContext db, UserManager<PortalUser> users, IEmailSender email, PublicSite site)
{
    /// <summary>Returns how many summaries were sent.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken = default)
    {
        var pending = await db.Set<PendingNotification>().AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var group in pending.GroupBy(p => p.UserName, StringComparer.OrdinalIgnoreCase))
        {
            var ids = group.Select(p => p.Id).ToList();
            if (await users.FindByNameAsync(group.Key) is { Email: { } address })
            {
                await email.SendAsync(new EmailMessage(address, $"Circuit de validation : résumé du jour ({group.Count()} notification(s))", Body(group)), cancellationToken);
                sent++;
            }

            // Sent, or nobody to send to any more: either way these are done.
            await db.Set<PendingNotification>().Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        return sent;
    }

    private string Body(IEnumerable<PendingNotification> notifications)
    {
        var body = new StringBuilder("Bonjour,\n\nVoici ce qui s'est passé depuis votre dernier résumé :\n");
        foreach (var notification in notifications)
        {
            body.Append("\n— ").Append(notification.Subject).Append(" (").Append(French.DateTime(notification.CreatedUtc)).Append(")\n")
                .Append(notification.Body.Replace("Bonjour,\n\n", string.Empty, StringComparison.Ordinal));
        }

        body.Append("\nRégler la fréquence de ces messages : ").Append(site.Url("/admin/notifications")).Append('\n');
        return body.ToString();
    }
}
