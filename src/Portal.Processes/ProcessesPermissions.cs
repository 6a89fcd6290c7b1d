namespace Portal.Processes;

/// <summary>Operations of the Processes module.</summary>
public static class ProcessesPermissions
{
    /// <summary>Changing the decisions a response can give and the statuses of a follow-up.</summary>
    public const string ManageVocabularies = "ManageVocabularies";

    /// <summary>Writing the follow-up committee's assessments (a committee member: only for the processes where they sit).</summary>
    public const string WriteAssessments = "WriteAssessments";
}
