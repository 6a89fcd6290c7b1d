using Microsoft.EntityFrameworkCore;
using Portal.Admin.Extensions;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Workflows.Lots;
using Portal.Workflows.Publication;

namespace Portal.Workflows.BackOffice;

/// <summary>
/// The workflow's blocks on other modules' pages: the validation panel on an item's edit page, « soumettre
/// tous les brouillons » on a process page, and what waits for this person on the back-office home.
/// </summary>
internal sealed class WorkflowAdminPanels(WorkflowQueries queries, LotQueries lots, PortalDbContext db) : IAdminPanel
{
    public async Task<AdminPanel?> BuildAsync(AdminPanelContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var me = StaffMembers.From(context.User);
        switch (context.Place)
        {
            case AdminPanelPlace.Home:
                var waiting = (await queries.InboxAsync(me, cancellationToken)).Count + (await lots.InboxAsync(me, cancellationToken)).Count;
                return new AdminPanel("_InboxNotice", waiting, Order: 0);
            case AdminPanelPlace.Item when context.Item is { } item:
                var workflow = await queries.ForItemAsync(item.ContentItemId, me, cancellationToken);
                return workflow is null
                    ? null
                    : new AdminPanel("_WorkflowPanel", new WorkflowPanelModel(workflow, context.ReturnUrl, []))
                    {
                        FieldRemarks = workflow.SendBack?.FieldComments ?? new Dictionary<string, string>(),
                    };
            case AdminPanelPlace.Root when context.Item is { } root:
                var drafts = await db.ContentItemVersions.AsNoTracking()
                    .DraftsOf(root.ContentItemId).CountAsync(cancellationToken);
                return drafts == 0 ? null : new AdminPanel("_SubmitRootDrafts", new RootDrafts(root.ContentItemId, drafts));
            default:
                return null;
        }
    }
}

/// <summary>How many drafts of a process (root item) could go to the COPIL at once.</summary>
public sealed record RootDrafts(string RootId, int Count);
