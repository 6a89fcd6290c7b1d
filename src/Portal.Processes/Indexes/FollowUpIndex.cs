namespace Portal.Processes.Indexes;

/// <summary>Published follow-up updates, by proposition and status.</summary>
public sealed class FollowUpIndex
{
    public required string ContentItemId { get; set; }

    public required string ProcessId { get; set; }

    public required string PropositionId { get; set; }

    public DateOnly Date { get; set; }

    public required string Status { get; set; }
}
