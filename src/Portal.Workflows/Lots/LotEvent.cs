using Portal.Workflows.Definitions;

namespace Portal.Workflows.Lots;

/// <summary>A completed transition of a lot, told to the people concerned (one message each) once its transaction has committed.</summary>
public sealed record LotEvent(Workflow Workflow, PublicationLot Lot, WorkflowTransition Transition, string Actor, string? Comment, WorkflowPhase Reached);
