namespace Portal.Workflows.Definitions;

/// <summary>
/// What a workflow state means for the content version in it, derived from the definition's shape so that
/// definitions stay data: the initial state is a draft; states before a publishing one are under review,
/// or approved when a transition leads from them straight to publication; states reached from a
/// publication are off the public site.
/// </summary>
public enum WorkflowPhase
{
    Draft,
    Review,
    Approved,
    Published,
    Unpublished,
}
