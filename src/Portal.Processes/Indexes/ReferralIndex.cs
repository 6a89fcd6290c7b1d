namespace Portal.Processes.Indexes;

/// <summary>
/// When the citizens' opinion of a published process was handed over and within how many months the organiser promised to
/// answer: one row for the opinion itself (empty <see cref="Key"/>) and one per referral (« saisine »).
/// </summary>
public sealed class ReferralIndex
{
    public long Id { get; set; }

    public required string ProcessId { get; set; }

    public required string Key { get; set; }

    public required string Name { get; set; }

    public DateOnly? HandOverDate { get; set; }

    public int? ResponseDelayMonths { get; set; }
}
