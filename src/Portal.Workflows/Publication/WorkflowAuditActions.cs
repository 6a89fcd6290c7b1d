namespace Portal.Workflows.Publication;

/// <summary>Names of workflow actions in the audit trail (stable: the trail is never rewritten).</summary>
public static class WorkflowAuditActions
{
    public static string Transition(string key) => "circuit:" + key;

    public static string Approval(string key) => "circuit:" + key + ":accord";

    public static string Scheduled(string key) => "circuit:" + key + ":planifie";
}
