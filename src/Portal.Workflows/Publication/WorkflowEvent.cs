using Portal.Workflows.Definitions;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Publication;

/// <summary>A completed transition, told to the people concerned once its transaction has committed.</summary>
public sealed record WorkflowEvent(
    Workflow Workflow,
    WorkflowSubmission Submission,
    WorkflowTransition Transition,
    string Actor,
    string? Comment,
    WorkflowPhase Reached);

/// <summary>Tells people about completed transitions (e-mail); never fails the action that caused it.</summary>
public interface IWorkflowNotifier
{
    Task NotifyAsync(WorkflowEvent happened, CancellationToken cancellationToken);

    /// <summary>One message per person per lot event, whatever the number of items.</summary>
    Task NotifyLotAsync(LotEvent happened, CancellationToken cancellationToken);
}
