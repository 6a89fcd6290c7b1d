using Portal.Workflows.Definitions;

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
}
