using System.Security.Claims;
using Portal.Workflows.Publication;

namespace Portal.Workflows.BackOffice;

/// <summary>
/// The signed-in person as the workflow sees them: user name and site-wide roles from the sign-in cookie. The roles an
/// organisation's membership brings are left out: <see cref="Committees.CopilScope.For"/> gives them process by process.
/// </summary>
public static class StaffMembers
{
    public static StaffMember From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new StaffMember(user.Identity?.Name ?? string.Empty, [.. user.FindAll(ClaimTypes.Role).Where(c => c.Issuer != Core.Identity.PortalRoles.OrganisationIssuer).Select(c => c.Value)]);
    }
}
