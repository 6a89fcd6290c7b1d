using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Email;
using Portal.Core.Public;
using Portal.Core.Settings;
using Portal.Core.Text;
using Portal.OpenData.Feeds;
using Portal.OpenData.Reading;

namespace Portal.OpenData.Following;

/// <summary>
/// Sends each confirmed follower whose turn has come what was published about what they follow since their last message:
/// immediately, each morning at 7:00 or on Monday mornings (Paris time). It reads published content only, as the feeds
/// do, so a draft or an item in review never reaches a follower.
/// </summary>
public sealed class FollowDigest(PortalDbContext db, PublishedContentReader reader, SiteSettingsStore settings, PublicSite site, FollowMail mail, IEmailSender email, TimeProvider clock)
{
    private static readonly TimeSpan Morning = TimeSpan.FromHours(7);

    /// <summary>Returns how many messages were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = StoredTime.UtcNow(clock);
        var (lastMorning, lastMonday) = Rendezvous(clock.GetUtcNow());
        var due = await db.Set<FollowSubscription>()
            .Where(s => s.ConfirmedUtc != null && s.UnsubscribedUtc == null)
            .ToListAsync(cancellationToken);
        due = [.. due.Where(s => s.Frequency switch
        {
            FollowFrequency.Daily => s.DigestedUntilUtc < lastMorning,
            FollowFrequency.Weekly => s.DigestedUntilUtc < lastMonday,
            _ => true,
        })];
        if (due.Count == 0)
        {
            return 0;
        }

        var snapshot = await reader.ReadAllAsync(cancellationToken);
        var entries = new FeedEntries(site, await settings.GetAsync(cancellationToken));
        var sent = 0;
        foreach (var subscription in due)
        {
            var since = subscription.DigestedUntilUtc ?? subscription.ConfirmedUtc ?? now;
            var (followed, published) = Published(snapshot, entries, subscription);
            var fresh = published.Where(e => e.UpdatedUtc > since && e.UpdatedUtc <= now).OrderBy(e => e.UpdatedUtc).ToList();
            if (fresh.Count > 0 && followed is not null)
            {
                await email.SendAsync(mail.Digest(subscription, followed, fresh), cancellationToken);
                sent++;
            }

            subscription.DigestedUntilUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }

    /// <summary>What a follow covers, by name, with its entries; a process or proposition no longer published has none.</summary>
    private static (string? Followed, IReadOnlyList<AtomEntry> Entries) Published(PublishedSnapshot snapshot, FeedEntries entries, FollowSubscription subscription)
    {
        if (snapshot.Processes.FirstOrDefault(p => p.Root.Id == subscription.ProcessId) is not { } process)
        {
            return (null, []);
        }

        if (subscription.PropositionId is null)
        {
            return ($"la démarche « {process.Root.Content.Title} »", [.. entries.Of(process, withPropositions: true)]);
        }

        return process.Propositions.FirstOrDefault(p => p.Item.Id == subscription.PropositionId) is { } proposition
            ? ($"la proposition {proposition.Code} « {proposition.Item.Content.Title} »", [.. entries.Of(process, proposition, withProposition: false)])
            : (null, []);
    }

    /// <summary>The latest 7:00 in Paris at or before <paramref name="now"/>, and the latest Monday 7:00.</summary>
    internal static (DateTime Morning, DateTime Monday) Rendezvous(DateTimeOffset now)
    {
        var morning = now + ParisTime.UntilNext(Morning, now) - TimeSpan.FromDays(1);
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var monday = morning;
        while (TimeZoneInfo.ConvertTime(monday, paris).DayOfWeek != DayOfWeek.Monday)
        {
            monday -= TimeSpan.FromDays(1);
        }

        return (morning.UtcDateTime, monday.UtcDateTime);
    }
}
