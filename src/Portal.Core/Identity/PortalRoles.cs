namespace Portal.Core.Identity;

/// <summary>The roles every site starts with (the setup recipe creates them).</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrateur";
    public const string Editor = "Éditeur";
    public const string CopilMember = "Membre du COPIL";

    /// <summary>A member of a process's citizens' follow-up committee: writes the committee's assessments for the processes where they sit, nothing else.</summary>
    public const string FollowUpCommittee = "Comité de suivi";
}
