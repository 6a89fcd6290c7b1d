namespace Portal.Workflows;

/// <summary>Operations of the workflows module. Who may take each transition is data (the workflow definition), not a permission.</summary>
public static class WorkflowPermissions
{
    public const string ManageWorkflows = "ManageWorkflows";

    /// <summary>Giving and taking seats on a process's COPIL and follow-up committee.</summary>
    public const string ManageCommittees = "ManageCommittees";
}
