namespace Portal.Workflows.Publication;

/// <summary>
/// What moves through a workflow: one version (<see cref="WorkflowSubmission"/>) or a publication lot. Its state,
/// who submitted it, a schedule, and <see cref="Round"/>, which counts state changes so that the approvals gathered
/// in one state never count again after the state changed.
/// </summary>
public abstract class WorkflowRecord
{
    public long Id { get; set; }

    public required string Workflow { get; set; }

    public string? ProcessId { get; set; }

    /// <summary>The workflow state key (for example <c>soumis</c>).</summary>
    public required string State { get; set; }

    public int Round { get; set; }

    /// <summary>Whether this record still follows its version (or lot); sending back or withdrawing closes it.</summary>
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

    /// <summary>Whether this person submitted it (user names compare as sign-in does, ignoring case).</summary>
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
