namespace Portal.Workflows.Publication;

/// <summary>A staff member: their user name (the actor in versions and the audit trail) and their roles.</summary>
public sealed record StaffMember(string Name, IReadOnlyCollection<string> Roles);

/// <summary>
/// One person asking to take a transition on one version. <see cref="ExpectedStamp"/> is what their page
/// showed (the submission's stamp, or the version's before any submission): a stale one is a conflict.
/// </summary>
public sealed record WorkflowRequest(
    string ContentItemId,
    int Version,
    string Transition,
    StaffMember Actor,
    string ExpectedStamp,
    string? Comment = null,
    IReadOnlyDictionary<string, string>? FieldComments = null,
    DateTimeOffset? PublishAt = null);

public enum WorkflowOutcomeKind
{
    /// <summary>The transition happened.</summary>
    Completed,

    /// <summary>The approval was recorded; more are needed.</summary>
    Recorded,

    /// <summary>The transition will happen at the scheduled date.</summary>
    Scheduled,

    /// <summary>Not allowed, with why (role, own submission, missing comment, state moved on).</summary>
    Refused,

    /// <summary>Someone else acted at the same moment; nothing was changed.</summary>
    Conflict,

    NotFound,
}

/// <summary>What a batch did: how many requests succeeded, and a French line for each one that did not.</summary>
public sealed record BatchOutcome(int Done, IReadOnlyList<string> Refusals);

/// <summary>What happened to a request, with a French message for the person who made it.</summary>
public sealed record WorkflowOutcome(WorkflowOutcomeKind Kind, string Message, string? State = null)
{
    public bool Succeeded => Kind is WorkflowOutcomeKind.Completed or WorkflowOutcomeKind.Recorded or WorkflowOutcomeKind.Scheduled;

    public static WorkflowOutcome Refused(string why) => new(WorkflowOutcomeKind.Refused, why);

    public static readonly WorkflowOutcome Conflict = new(
        WorkflowOutcomeKind.Conflict,
        "Quelqu'un a agi sur cette version au même moment ou l'a modifiée : rien n'a été changé. Rechargez la page pour voir où elle en est.");

    public static readonly WorkflowOutcome NotFound = new(WorkflowOutcomeKind.NotFound, "Cette version n'existe pas.");
}
