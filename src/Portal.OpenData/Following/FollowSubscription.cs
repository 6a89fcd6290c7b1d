namespace Portal.OpenData.Following;

/// <summary>
/// One visitor following a process or a proposition by e-mail, without an account. Only what the follow needs is kept:
/// the address, what it follows, how often, when consent was given (and asked), when it ended; the confirmation token
/// is kept as its SHA-256 hash only, and forgotten once used.
/// </summary>
public sealed class FollowSubscription
{
    public long Id { get; set; }

    /// <summary>Trimmed and lower-cased, so that one person has one address.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>The followed process's content item id (also set when a proposition is followed).</summary>
    public string ProcessId { get; set; } = string.Empty;

    /// <summary>The followed proposition's content item id, or null when the whole process is followed.</summary>
    public string? PropositionId { get; set; }

    public FollowFrequency Frequency { get; set; }

    /// <summary>When the follow was asked for; an unconfirmed request is erased after <see cref="FollowRegistry.PendingLifetime"/>.</summary>
    public DateTime RequestedUtc { get; set; }

    /// <summary>The consent date: when the confirmation link was used. Nothing is sent before.</summary>
    public DateTime? ConfirmedUtc { get; set; }

    /// <summary>When the visitor unsubscribed; the row is erased <see cref="FollowRegistry.ErasureDelay"/> later.</summary>
    public DateTime? UnsubscribedUtc { get; set; }

    /// <summary>SHA-256 (hex) of the confirmation token; null once confirmed, so that the link works once.</summary>
    public string? ConfirmationHash { get; set; }

    /// <summary>Everything published up to this instant was sent (or predates consent).</summary>
    public DateTime? DigestedUntilUtc { get; set; }
}

/// <summary>How often a follower receives what was published.</summary>
public enum FollowFrequency
{
    /// <summary>A message a few minutes after each publication.</summary>
    Immediate,

    /// <summary>One message each morning at 7:00, Paris time, when something was published.</summary>
    Daily,

    /// <summary>One message on Monday mornings, when something was published.</summary>
    Weekly,
}
