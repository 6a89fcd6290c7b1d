using Portal.Workflows.Publication;

namespace Portal.Workflows.Lots;

/// <summary>What happened to a request on a lot, with a French message for the person who made it, and the lot concerned.</summary>
public sealed record LotOutcome(WorkflowOutcomeKind Kind, string Message, long? LotId = null)
{
    public bool Succeeded => Kind is WorkflowOutcomeKind.Completed or WorkflowOutcomeKind.Recorded or WorkflowOutcomeKind.Scheduled;

    public static LotOutcome Refused(string why) => new(WorkflowOutcomeKind.Refused, why);

    public static readonly LotOutcome Conflict = new(
        WorkflowOutcomeKind.Conflict,
        "Quelqu'un a agi sur ce lot au même moment ou a modifié un de ses éléments : rien n'a été changé. Rechargez la page pour voir où il en est.");

    public static readonly LotOutcome NotFound = new(WorkflowOutcomeKind.NotFound, "Ce lot n'existe pas.");
}
