namespace Portal.Core.Identity;

/// <summary>The roles every site starts with (the setup recipe creates them).</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrateur";
    public const string Editor = "Éditeur";
    public const string CopilMember = "Membre du COPIL";

    /// <summary>A member of a process's citizens' follow-up committee: writes the committee's assessments for the processes where they sit, nothing else.</summary>
    public const string FollowUpCommittee = "Comité de suivi";

    /// <summary>
    /// An administrator of one organisation: never stored as a site-wide role, it is given at sign-in to whoever
    /// administers an organisation, and every check of a resource then limits it to that organisation's processes.
    /// </summary>
    public const string OrganisationAdministrator = "Administrateur d'organisation";

    /// <summary>The issuer of role claims that come from a membership of an organisation, not from a site-wide role.</summary>
    public const string OrganisationIssuer = "organisation";
}
