using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Portal.Core.Identity;

namespace Portal.Processes.Organisations;

/// <summary>
/// Gives a member of an organisation, at each request, the roles their membership brings (« Éditeur », and
/// « Administrateur d'organisation » for its administrators), marked as coming from the organisation: they open the
/// back office's doors, and the checks of each resource (<see cref="OrganisationAuthorization"/>) then keep the member
/// to their organisation's processes. Read at each request, so a member taken out loses them at once.
/// </summary>
internal sealed class OrganisationRoleClaims(OrganisationDirectory directory) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity is not { IsAuthenticated: true, Name: { } name } || principal.HasClaim(c => c.Issuer == PortalRoles.OrganisationIssuer))
        {
            return principal;
        }

        var memberships = await directory.MembershipsAsync(name);
        if (memberships.Count == 0)
        {
            return principal;
        }

        var roles = new List<string> { PortalRoles.Editor };
        if (memberships.Any(m => m.Role == OrganisationRole.Administrator))
        {
            roles.Add(PortalRoles.OrganisationAdministrator);
        }

        var identity = new ClaimsIdentity(
            [.. roles.Select(r => new Claim(ClaimTypes.Role, r, ClaimValueTypes.String, PortalRoles.OrganisationIssuer))], "organisation", ClaimTypes.Name, ClaimTypes.Role);
        var transformed = principal.Clone();
        transformed.AddIdentity(identity);
        return transformed;
    }
}
