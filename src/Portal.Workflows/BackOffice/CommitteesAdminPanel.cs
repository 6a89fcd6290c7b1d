using Microsoft.AspNetCore.Authorization;
using Portal.Admin.Extensions;
using Portal.Workflows.Committees;

namespace Portal.Workflows.BackOffice;

/// <summary>On a process's back-office page: who sits on its COPIL and follow-up committee, and the way to change it.</summary>
internal sealed class CommitteesAdminPanel(ProcessCommittees committees, IAuthorizationService authorization) : IAdminPanel
{
    public async Task<AdminPanel?> BuildAsync(AdminPanelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Place != AdminPanelPlace.Root || context.Item is not { } root)
        {
            return null;
        }

        var may = (await authorization.AuthorizeAsync(context.User, WorkflowPermissions.ManageCommittees)).Succeeded;
        return new AdminPanel("_CommitteesSummary", new CommitteesSummary(root.ContentItemId, await committees.OfAsync(root.ContentItemId, cancellationToken), may), Order: 20);
    }
}

/// <summary>A process's committees, and whether the viewer may change them.</summary>
public sealed record CommitteesSummary(string ProcessId, IReadOnlyList<Committee> Committees, bool MayManage);
