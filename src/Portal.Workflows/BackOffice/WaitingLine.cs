using Portal.Workflows.Publication;

namespace Portal.Workflows.BackOffice;

/// <summary>Why an open submission (or lot) is waiting.</summary>
public enum WaitingReason
{
    /// <summary>In review or approved: people of the workflow's roles must act (validate, send back, publish).</summary>
    Decision,

    /// <summary>Sent back with comments: its author must correct it and submit it again.</summary>
    Correction,

    /// <summary>A transition is planned at a date: nobody needs to act before then.</summary>
    Scheduled,
}

/// <summary>
/// One open submission or lot on the dashboard of what waits for whom: what it is, where it stands, since when, and the
/// people who must act next (user names, as the rest of the back office shows them) and what they may do (the transitions' labels).
/// </summary>
public sealed record WaitingLine(
    WaitingReason Reason,
    WorkflowRecord Record,
    bool IsLot,
    string Title,
    string Href,
    string StateLabel,
    int Items,
    IReadOnlyList<string> People,
    IReadOnlyList<ApprovalProgress> Approvals,
    IReadOnlyList<string> Actions)
{
    /// <summary>Since when it waits: its entry into its current state (or its sending back).</summary>
    public DateTime SinceUtc => Record.StateSinceUtc;

    /// <summary>An id unique on the page (« soumission-12 », « lot-3 »).</summary>
    public string Anchor => (IsLot ? "lot-" : "soumission-") + Record.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether this person is among those who must act.</summary>
    public bool WaitsFor(string name) => People.Any(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
}
