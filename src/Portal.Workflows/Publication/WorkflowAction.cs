namespace Portal.Workflows.Publication;

/// <summary>An action on one version's submission.</summary>
public sealed class WorkflowAction : WorkflowStep
{
    public long SubmissionId { get; set; }

    public WorkflowSubmission? Submission { get; set; }
}
