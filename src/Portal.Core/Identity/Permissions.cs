namespace Portal.Core.Identity;

/// <summary>
/// Names of the content operations every module shares (the back office, editing and previewing
/// content items). The shell module declares which roles grant them; feature modules declare their
/// own operations beside their pages (e.g. <c>WorkflowPermissions</c>, <c>SearchPermissions</c>).
/// </summary>
public static class Permissions
{
    public const string AccessBackOffice = "AccessBackOffice";
    public const string EditContent = "EditContent";
    public const string PreviewContent = "PreviewContent";
}
