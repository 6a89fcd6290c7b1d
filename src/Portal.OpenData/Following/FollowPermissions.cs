namespace Portal.OpenData.Following;

/// <summary>The follows' permission: counts for the administrator, and the audited export for a legal request.</summary>
public static class FollowPermissions
{
    public const string Manage = "ManageFollowers";
}
