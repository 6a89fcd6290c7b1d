namespace Portal.Core.Audit;

/// <summary>The names of audited actions, stable in the trail.</summary>
public static class AuditActions
{
    public const string Created = "creation";
    public const string DraftSaved = "brouillon";
    public const string NewVersion = "nouvelle-version";
    public const string Published = "publication";
    public const string Unpublished = "depublication";
    public const string Withdrawn = "soumission-retiree";
    public const string SettingChanged = "reglage-modifie";
    public const string RoleGranted = "role-attribue";
    public const string RoleRevoked = "role-retire";
    public const string AccountLocked = "compte-verrouille";
    public const string AccountLockedOut = "compte-verrouille-echecs";
    public const string AccountUnlocked = "compte-deverrouille";
    public const string TwoFactorEnabled = "double-authentification-activee";
    public const string TwoFactorDisabled = "double-authentification-desactivee";
    public const string MediaDeleted = "media-supprime";
}
