namespace Portal.Core.Identity;

/// <summary>The roles every site starts with (the setup recipe creates them).</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrateur";
    public const string Editor = "Éditeur";
    public const string CopilMember = "Membre du COPIL";
}
