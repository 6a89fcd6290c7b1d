using System.Security.Claims;
using Portal.Workflows.Publication;

namespace Portal.Workflows.BackOffice;

/// <summary>The signed-in person as the workflow sees them: user name and roles from the sign-in cookie.</summary>
public static class StaffMembers
{
    public static StaffMember From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new StaffMember(user.Identity?.Name ?? string.Empty, [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
    }
}
