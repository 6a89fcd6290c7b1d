namespace Portal.Workflows.Publication;

/// <summary>
/// One version of a content item on its way through a workflow. It is bound to that exact version:
/// editing the item afterwards withdraws it. <see cref="Round"/> counts state changes, so that the
/// approvals gathered in one state never count again after the state changed.
/// </summary>
public sealed class WorkflowSubmission
{
    public long Id { get; set; }

    public required string Workflow { get; set; }

    public required string ContentItemId { get; set; }

    public int Version { get; set; }

    public required string ContentType { get; set; }

    public string? ProcessId { get; set; }

    public required string DisplayText { get; set; }

    /// <summary>The workflow state key (for example <c>soumis</c>).</summary>
    public required string State { get; set; }

    public int Round { get; set; }

    /// <summary>Whether this is its version's current workflow record; sending back or withdrawing closes it.</summary>
    public bool Active { get; set; }

    public required string SubmittedBy { get; set; }

    public DateTime SubmittedUtc { get; set; }

    public DateTime StateSinceUtc { get; set; }

    /// <summary>When a scheduled transition (a publication at a date) is due, and which transition and who asked.</summary>
    public DateTime? ScheduledUtc { get; set; }

    public string? ScheduledTransition { get; set; }

    public string? ScheduledBy { get; set; }

    /// <summary>Changes on every action: two people acting at once cannot both win.</summary>
    public required string ConcurrencyStamp { get; set; }

    /// <summary>Whether this person submitted the version (user names compare as sign-in does, ignoring case).</summary>
    public bool IsSubmittedBy(string? name) => string.Equals(SubmittedBy, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Enters a state: a new round, so approvals gathered in the previous state no longer count, and no
    /// schedule carries over. An inactive record (sent back, withdrawn) no longer follows its version.
    /// </summary>
    public void MoveTo(string state, DateTime now, bool active)
    {
        State = state;
        Round++;
        StateSinceUtc = now;
        Active = active;
        ScheduledUtc = null;
        ScheduledTransition = null;
        ScheduledBy = null;
    }
}
