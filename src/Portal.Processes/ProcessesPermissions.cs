namespace Portal.Processes;

/// <summary>Operations of the Processes module.</summary>
public static class ProcessesPermissions
{
    /// <summary>Changing the decisions a response can give and the statuses of a follow-up.</summary>
    public const string ManageVocabularies = "ManageVocabularies";

    /// <summary>Writing the follow-up committee's assessments (a committee member: only for the processes where they sit).</summary>
    public const string WriteAssessments = "WriteAssessments";

    /// <summary>Creating and changing organisations and the processes they own (the site's administrators).</summary>
    public const string ManageOrganisations = "ManageOrganisations";

    /// <summary>Naming an organisation's editors and administrators (an organisation's administrator: for their organisation only).</summary>
    public const string ManageOrganisationMembers = "ManageOrganisationMembers";
}
