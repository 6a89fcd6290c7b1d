namespace Portal.Workflows.Committees;

/// <summary>
/// A committee of one process: its COPIL (whose members alone review and approve that process's publications,
/// and alone count toward its quorum) or its citizens' follow-up committee. The organiser names it and chooses
/// which seats are shown publicly.
/// </summary>
public sealed class Committee
{
    public long Id { get; set; }

    public required string ProcessId { get; set; }

    public CommitteeKind Kind { get; set; }

    /// <summary>Its public name (« comité de pilotage de l'assemblée citoyenne »), also the name on validation stamps for a COPIL.</summary>
    public required string Name { get; set; }

    public List<CommitteeSeat> Seats { get; set; } = [];
}

public enum CommitteeKind
{
    /// <summary>The steering committee: reviews and approves the process's publications.</summary>
    Copil,

    /// <summary>The citizens' follow-up committee.</summary>
    FollowUp,
}

/// <summary>
/// One seat: the person's account (by user name, the e-mail they sign in with) when they act in the back office, how
/// they are named and in what quality, and whether the organiser publishes their seat.
/// </summary>
public sealed class CommitteeSeat
{
    public long Id { get; set; }

    public long CommitteeId { get; set; }

    /// <summary>The account that acts from this seat (lower case), or null for a member who does not use the back office.</summary>
    public string? UserName { get; set; }

    public required string DisplayName { get; set; }

    public string? Quality { get; set; }

    public bool Chair { get; set; }

    /// <summary>Whether the public process page names this member (the organiser's choice, with the member's consent).</summary>
    public bool Public { get; set; }
}
