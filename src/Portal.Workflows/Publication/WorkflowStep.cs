namespace Portal.Workflows.Publication;

/// <summary>
/// One person's action on a workflow record: an approval counting towards a quorum, or the move that completed a
/// transition. Never updated nor deleted; the audit trail carries the same facts, chained.
/// </summary>
public abstract class WorkflowStep
{
    public long Id { get; set; }

    public int Round { get; set; }

    public required string Transition { get; set; }

    public required string FromState { get; set; }

    public required string ToState { get; set; }

    public required string Actor { get; set; }

    public DateTime Utc { get; set; }

    public string? Comment { get; set; }

    /// <summary>Comments on single fields (or, for a lot, on single items) when sending back, as JSON <c>{ "key": "comment" }</c>.</summary>
    public string? FieldComments { get; set; }

    /// <summary>Whether this action completed the transition (quorum reached, or no quorum needed).</summary>
    public bool Completed { get; set; }

    /// <summary>For a scheduled transition: the date asked for.</summary>
    public DateTime? ScheduledUtc { get; set; }
}
