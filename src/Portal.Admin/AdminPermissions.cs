namespace Portal.Admin;

/// <summary>Operations of the shell itself (the content operations every module shares are in <c>Portal.Core.Identity.Permissions</c>).</summary>
public static class AdminPermissions
{
    public const string ManageUsers = "ManageUsers";
}
