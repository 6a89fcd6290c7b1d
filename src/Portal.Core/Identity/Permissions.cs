using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Identity;

/// <summary>
/// Named operations, each an authorization policy. Roles grant operations here, in one table, so
/// pages and endpoints ask "may this user do X", never "is this user in role Y".
/// </summary>
public static class Permissions
{
    public const string AccessBackOffice = "AccessBackOffice";
    public const string EditContent = "EditContent";
    public const string PreviewContent = "PreviewContent";
    public const string ReviewContent = "ReviewContent";
    public const string ManageUsers = "ManageUsers";
    public const string ManageSettings = "ManageSettings";

    /// <summary>Which roles grant which operation.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Grants = new Dictionary<string, string[]>
    {
        [AccessBackOffice] = [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.CopilMember],
        [EditContent] = [PortalRoles.Administrator, PortalRoles.Editor],
        [PreviewContent] = [PortalRoles.Administrator, PortalRoles.Editor, PortalRoles.CopilMember],
        [ReviewContent] = [PortalRoles.Administrator, PortalRoles.CopilMember],
        [ManageUsers] = [PortalRoles.Administrator],
        [ManageSettings] = [PortalRoles.Administrator],
    };

    public static AuthorizationBuilder AddPortalPermissions(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (permission, roles) in Grants)
        {
            builder.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }

        return builder;
    }
}
