namespace Portal.Processes.Indexes;

/// <summary>Published motivated responses: decision per proposition, and whether a process is in its follow-up phase.</summary>
public sealed class ResponseIndex
{
    public required string ContentItemId { get; set; }

    public required string ProcessId { get; set; }

    public required string PropositionId { get; set; }

    public required string Decision { get; set; }

    public DateTime PublishedUtc { get; set; }

    /// <summary>The day of the response for the response clock: its own date, or the day (Paris) it was first published.</summary>
    public DateOnly RespondedOn { get; set; }
}
