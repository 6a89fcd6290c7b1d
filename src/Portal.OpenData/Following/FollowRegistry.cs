using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.OpenData.Following;

/// <summary>
/// Asking to follow, confirming, unsubscribing and erasing. Every request gets the same treatment whatever the address
/// (a new pending row and a confirmation message), so that neither the answer nor the work done tells whether an address
/// is known.
/// </summary>
public sealed class FollowRegistry(PortalDbContext db, TimeProvider clock)
{
    /// <summary>How long an unsubscribed address is kept (proof of the unsubscription) before it is erased.</summary>
    public static readonly TimeSpan ErasureDelay = TimeSpan.FromDays(30);

    /// <summary>How long a confirmation link works; an unconfirmed request is erased after it.</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromDays(7);

    public const int MaxAddressLength = 254;

    /// <summary>The address as stored, or null when it is not an e-mail address.</summary>
    public static string? Normalise(string? address)
    {
        var trimmed = address?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxAddressLength
            || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || !trimmed.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>Records a pending follow and returns its confirmation token (to be sent, never shown).</summary>
    public async Task<(FollowSubscription Subscription, string Token)> RequestAsync(
        string email, string processId, string? propositionId, FollowFrequency frequency, CancellationToken cancellationToken)
    {
        var token = Core.Identity.OneTimeTokens.New();
        var subscription = new FollowSubscription
        {
            Email = email,
            ProcessId = processId,
            PropositionId = propositionId,
            Frequency = frequency,
            RequestedUtc = StoredTime.UtcNow(clock),
            ConfirmationHash = Core.Identity.OneTimeTokens.Hash(token),
        };
        db.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return (subscription, token);
    }

    /// <summary>
    /// Gives consent with a confirmation token: once only, within <see cref="PendingLifetime"/>. A confirmed follow of the same
    /// thing by the same address takes the new frequency and consent date instead of doubling. Null when the token is unknown,
    /// used or expired.
    /// </summary>
    public async Task<FollowSubscription?> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Core.Identity.OneTimeTokens.Hash(token);
        var now = StoredTime.UtcNow(clock);
        var pending = await db.Set<FollowSubscription>().SingleOrDefaultAsync(s => s.ConfirmationHash == hash, cancellationToken);
        if (pending is null || pending.ConfirmedUtc is not null || pending.RequestedUtc < now - PendingLifetime)
        {
            return null;
        }

        var existing = await db.Set<FollowSubscription>().FirstOrDefaultAsync(
            s => s.Id != pending.Id && s.Email == pending.Email && s.ProcessId == pending.ProcessId && s.PropositionId == pending.PropositionId
                && s.ConfirmedUtc != null && s.UnsubscribedUtc == null,
            cancellationToken);
        var kept = existing ?? pending;
        if (existing is not null)
        {
            existing.Frequency = pending.Frequency;
            db.Remove(pending);
        }

        kept.ConfirmedUtc = now;
        kept.ConfirmationHash = null;
        kept.DigestedUntilUtc ??= now;
        await db.SaveChangesAsync(cancellationToken);
        return kept;
    }

    /// <summary>Ends a follow: nothing more is sent. Unknown or already ended follows are answered the same way.</summary>
    public async Task UnsubscribeAsync(long subscriptionId, CancellationToken cancellationToken)
    {
        var now = StoredTime.UtcNow(clock);
        await db.Set<FollowSubscription>().Where(s => s.Id == subscriptionId && s.UnsubscribedUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.UnsubscribedUtc, now).SetProperty(s => s.ConfirmationHash, (string?)null), cancellationToken);
    }

    /// <summary>Erases addresses unsubscribed for <see cref="ErasureDelay"/> and requests never confirmed; returns how many rows went.</summary>
    public async Task<int> EraseExpiredAsync(CancellationToken cancellationToken)
    {
        var now = StoredTime.UtcNow(clock);
        var unsubscribedBefore = now - ErasureDelay;
        var requestedBefore = now - PendingLifetime;
        return await db.Set<FollowSubscription>()
            .Where(s => (s.UnsubscribedUtc != null && s.UnsubscribedUtc <= unsubscribedBefore) || (s.ConfirmedUtc == null && s.RequestedUtc <= requestedBefore))
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>What the administrator sees: counts, never addresses.</summary>
    public async Task<FollowCounts> CountAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<FollowSubscription>().AsNoTracking()
            .Select(s => new { s.Frequency, Confirmed = s.ConfirmedUtc != null, Ended = s.UnsubscribedUtc != null, Proposition = s.PropositionId != null })
            .ToListAsync(cancellationToken);
        var active = rows.Where(r => r.Confirmed && !r.Ended).ToList();
        return new FollowCounts(
            active.Count,
            active.Count(r => !r.Proposition),
            active.Count(r => r.Proposition),
            active.Count(r => r.Frequency == FollowFrequency.Immediate),
            active.Count(r => r.Frequency == FollowFrequency.Daily),
            active.Count(r => r.Frequency == FollowFrequency.Weekly),
            rows.Count(r => !r.Confirmed && !r.Ended),
            rows.Count(r => r.Ended));
    }

    /// <summary>Every stored follow, for an export the administrator asked for with a reason (audited by the caller).</summary>
    public async Task<IReadOnlyList<FollowSubscription>> AllAsync(CancellationToken cancellationToken) =>
        await db.Set<FollowSubscription>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
}

/// <summary>Follows by state: active (confirmed, not ended) by target and frequency, awaiting confirmation, ended awaiting erasure.</summary>
public sealed record FollowCounts(int Active, int Processes, int Propositions, int Immediate, int Daily, int Weekly, int Pending, int Unsubscribed);
