namespace Portal.Processes.Indexes;

/// <summary>One commitment of a published response: its deadline and the state the response gave it.</summary>
public sealed class CommitmentIndex
{
    public long Id { get; set; }

    public required string ProcessId { get; set; }

    public required string PropositionId { get; set; }

    public required string ResponseId { get; set; }

    /// <summary>Its rank in the response (1 for the first), the number follow-ups name it by.</summary>
    public int Rank { get; set; }

    public DateOnly? Deadline { get; set; }

    public required string State { get; set; }
}

/// <summary>A published follow-up's new state for one commitment; the latest one (by date) is the commitment's state.</summary>
public sealed class CommitmentUpdateIndex
{
    public long Id { get; set; }

    public required string ProcessId { get; set; }

    public required string PropositionId { get; set; }

    public required string FollowUpId { get; set; }

    public int Rank { get; set; }

    public DateOnly Date { get; set; }

    public required string State { get; set; }
}
