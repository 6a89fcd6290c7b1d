using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Portal.Core.Identity;

namespace Portal.Processes.Organisations;

/// <summary>
/// Answers the per-process checks (<see cref="ProcessOperations"/>): the site's administrators may do everything;
/// a process owned by an organisation with members is edited by its members, and its committees are composed by its
/// administrators; any other process (and the site's own pages) by the holders of the site-wide role.
/// </summary>
internal sealed class OrganisationAuthorization(OrganisationDirectory directory) : AuthorizationHandler<OperationAuthorizationRequirement, ProcessResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ProcessResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        if (await AllowsAsync(context.User, requirement, resource.ProcessId))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>A role the person holds site-wide (stored on their account), not one a membership brought.</summary>
    public static bool HoldsSiteRole(ClaimsPrincipal user, string role) =>
        user.Claims.Any(c => c.Type == ClaimTypes.Role && c.Value == role && c.Issuer != PortalRoles.OrganisationIssuer);

    private async Task<bool> AllowsAsync(ClaimsPrincipal user, OperationAuthorizationRequirement requirement, string? processId)
    {
        if (HoldsSiteRole(user, PortalRoles.Administrator))
        {
            return true;
        }

        // Who edits a process also reads its drafts; its reviewers are answered by the committees (Workflows).
        if (requirement == ProcessOperations.Edit || requirement == ProcessOperations.Read)
        {
            return (await directory.EditableByAsync(user))(processId);
        }

        var owner = await directory.OwnerOfAsync(processId);
        return requirement == ProcessOperations.ManageCommittees && owner is not null && await directory.AdministersAsync(user, owner.Value);
    }
}
