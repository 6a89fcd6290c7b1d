using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>Where a proposition's response stands against the organiser's promised delay.</summary>
public enum ResponseTiming
{
    /// <summary>No hand-over date or no promised delay: nothing to measure against.</summary>
    NoDeadline,

    /// <summary>Not answered yet, and the promised date is still ahead (or today).</summary>
    Pending,

    /// <summary>Answered on or before the promised date.</summary>
    OnTime,

    /// <summary>Answered, after the promised date.</summary>
    Late,

    /// <summary>Not answered, and the promised date has passed: « Réponse attendue depuis le … ».</summary>
    Overdue,
}

/// <summary>
/// The response clock of one proposition: from the day its opinion (or referral) was handed over to the day of its
/// response, against the date the organiser promised (hand-over plus the promised months). Computed from the public
/// clock at each read, never stored, so « en retard » can never be stale.
/// </summary>
public sealed record ResponseClock(DateOnly? HandOver, DateOnly? Due, DateOnly? RespondedOn, DateOnly Today)
{
    public static readonly ResponseClock None = new(null, null, null, DateOnly.MinValue);

    /// <summary>Days from hand-over to the response; null while unanswered or without a hand-over date.</summary>
    public int? DaysToResponse => HandOver is { } h && RespondedOn is { } r ? r.DayNumber - h.DayNumber : null;

    public ResponseTiming Timing => (Due, RespondedOn) switch
    {
        (null, _) => ResponseTiming.NoDeadline,
        ({ } due, { } answered) => answered <= due ? ResponseTiming.OnTime : ResponseTiming.Late,
        ({ } due, null) => Today > due ? ResponseTiming.Overdue : ResponseTiming.Pending,
    };

    public bool IsOverdue => Timing == ResponseTiming.Overdue;

    /// <summary>The clock of a proposition whose opinion starts at <paramref name="start"/> (null: no hand-over recorded).</summary>
    public static ResponseClock Of(ReferralIndex? start, DateOnly? respondedOn, DateOnly today) =>
        new(start?.HandOverDate, DueDate(start), respondedOn, today);

    /// <summary>The promised date: hand-over plus the promised months; none when either is missing.</summary>
    public static DateOnly? DueDate(ReferralIndex? start) =>
        start is { HandOverDate: { } handOver, ResponseDelayMonths: { } months } ? handOver.AddMonths(months) : null;

    /// <summary>
    /// The starting point of a proposition: its referral's row, or the opinion's own (empty key) when it names none or a
    /// referral the opinion no longer declares.
    /// </summary>
    public static ReferralIndex? StartOf(IReadOnlyList<ReferralIndex> referrals, string? referral)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        return referrals.FirstOrDefault(r => r.Key == (referral ?? string.Empty)) ?? referrals.FirstOrDefault(r => r.Key.Length == 0);
    }
}
