namespace Portal.Workflows.Publication;

/// <summary>
/// One person's action on a submission: an approval counting towards a quorum, or the move that
/// completed a transition. Never updated nor deleted; the audit trail carries the same facts, chained.
/// </summary>
public sealed class WorkflowAction
{
    public long Id { get; set; }

    public long SubmissionId { get; set; }

    public WorkflowSubmission? Submission { get; set; }

    public int Round { get; set; }

    public required string Transition { get; set; }

    public required string FromState { get; set; }

    public required string ToState { get; set; }

    public required string Actor { get; set; }

    public DateTime Utc { get; set; }

    public string? Comment { get; set; }

    /// <summary>Comments on single fields when sending back, as JSON <c>{ "field": "comment" }</c>.</summary>
    public string? FieldComments { get; set; }

    /// <summary>Whether this action completed the transition (quorum reached, or no quorum needed).</summary>
    public bool Completed { get; set; }

    /// <summary>For a scheduled transition: the date asked for.</summary>
    public DateTime? ScheduledUtc { get; set; }
}
