using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Portal.Core.Identity;
using Portal.Processes.Public;

namespace Portal.Workflows.Committees;

/// <summary>
/// Answers <see cref="ProcessOperations.Read"/> for the reviewers of a process: a « Membre du COPIL » who may act on
/// it (seated on its COPIL, or any where it has none, as <see cref="CopilScope"/> says), and the members of its
/// follow-up committee. Its editors are answered by the organisations (Processes).
/// </summary>
internal sealed class CommitteeAuthorization(ProcessCommittees committees, IFollowUpCommitteeSeats followUp) : AuthorizationHandler<OperationAuthorizationRequirement, ProcessResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ProcessResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        if (requirement == ProcessOperations.Read && await ReviewsAsync(context.User, resource.ProcessId))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> ReviewsAsync(ClaimsPrincipal user, string? processId)
    {
        if (user.Identity?.Name is not { } name)
        {
            return false;
        }

        if (user.IsInRole(PortalRoles.CopilMember) && (await committees.ScopeAsync([processId])).Sits(processId, name))
        {
            return true;
        }

        return processId is not null && user.IsInRole(PortalRoles.FollowUpCommittee) && (await followUp.ProcessesOfAsync(name, CancellationToken.None)).Contains(processId);
    }
}
