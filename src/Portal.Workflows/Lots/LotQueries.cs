using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Lots;

/// <summary>What the back office shows of lots: those waiting for a person, one lot with its summary, and a page of its items.</summary>
public sealed class LotQueries(PortalDbContext db, WorkflowStore definitions, LotItems items, Committees.ProcessCommittees committees)
{
    public const int PageSize = 100;

    /// <summary>Active lots where this person may act now (by role, not holding their own text, not yet approved by them in this round).</summary>
    public async Task<IReadOnlyList<LotView>> InboxAsync(StaffMember viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return [];
        }

        var lots = await db.Set<PublicationLot>().AsNoTracking().Where(l => l.Active).OrderBy(l => l.StateSinceUtc).ToListAsync(cancellationToken);
        // Every lot's committee read at once: the home page asks this on each visit.
        var scope = await committees.ScopeAsync(lots.Select(l => l.ProcessId), cancellationToken);
        var views = new List<LotView>();
        foreach (var lot in lots)
        {
            if (await ViewOfAsync(workflow, lot, scope.For(viewer, lot.ProcessId), cancellationToken) is { Available.Count: > 0, Acted: false } view)
            {
                views.Add(view);
            }
        }

        return views;
    }

    /// <summary>Lots, most recent first: the active ones and the last 50 closed.</summary>
    public async Task<IReadOnlyList<PublicationLot>> RecentAsync(CancellationToken cancellationToken = default) =>
        [.. await db.Set<PublicationLot>().AsNoTracking().Where(l => l.Active).OrderByDescending(l => l.Id).ToListAsync(cancellationToken),
            .. await db.Set<PublicationLot>().AsNoTracking().Where(l => !l.Active).OrderByDescending(l => l.Id).Take(50).ToListAsync(cancellationToken)];

    public async Task<LotView?> ViewAsync(long id, StaffMember viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        var lot = await db.Set<PublicationLot>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        return workflow is null || lot is null ? null
            : await ViewOfAsync(workflow, lot, (await committees.ScopeAsync([lot.ProcessId], cancellationToken)).For(viewer, lot.ProcessId), cancellationToken);
    }

    /// <summary>Every item of the lot, light (no content): its type, and whether it is new or changes a published text.</summary>
    public Task<List<LotItem>> ItemsAsync(long id, CancellationToken cancellationToken = default) =>
        db.Set<WorkflowSubmission>().AsNoTracking().Where(s => s.LotId == id).OrderBy(s => s.Id)
            .Select(s => new LotItem(
                s.Id, s.ContentItemId, s.Version, s.ContentType, s.DisplayText,
                db.ContentItemVersions.Any(v => v.ContentItemId == s.ContentItemId && v.Version < s.Version && v.PublishedUtc != null)))
            .ToListAsync(cancellationToken);

    /// <summary>The actions on the lot, most recent first.</summary>
    public Task<List<LotAction>> HistoryAsync(long id, CancellationToken cancellationToken = default) =>
        db.Set<LotAction>().AsNoTracking().Where(a => a.LotId == id).OrderByDescending(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The lot as this person sees it; <paramref name="viewer"/> carries their roles for the lot's process (<see cref="Committees.CopilScope.For"/>).</summary>
    private async Task<LotView> ViewOfAsync(Workflow workflow, PublicationLot lot, StaffMember viewer, CancellationToken cancellationToken)
    {
        if (!lot.Active || !workflow.HasState(lot.State))
        {
            return new LotView(lot, workflow, workflow.HasState(lot.State) ? workflow.State(lot.State).Label : lot.State, [], []);
        }

        var round = await db.Set<LotAction>().AsNoTracking().Where(a => a.LotId == lot.Id && a.Round == lot.Round).ToListAsync(cancellationToken);
        // Who wrote the lot's texts is read from the audit trail of all its items: only worth asking when the viewer's roles offer a transition at all.
        var isAuthor = lot.IsSubmittedBy(viewer.Name)
            || (workflow.Available(lot.State, viewer.Roles, isAuthor: false).Count > 0 && (await items.WritersAsync(lot.Id, cancellationToken)).Contains(viewer.Name));
        var available = workflow.Available(lot.State, viewer.Roles, isAuthor)
            .Where(t => !round.Any(a => a.Transition == t.Key && string.Equals(a.Actor, viewer.Name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var approvals = workflow.Definition.Transitions.Where(t => t.From == lot.State && t.Quorum > 1)
            .Select(t => new ApprovalProgress(t, [.. round.Where(a => a.Transition == t.Key).Select(a => a.Actor)])).ToList();
        return new LotView(lot, workflow, workflow.State(lot.State).Label, available, approvals, WorkflowQueries.HasActed(round, viewer));
    }
}

/// <summary>A lot, where it stands, what the viewer may do on it, and the approvals gathered in its current state.</summary>
public sealed record LotView(
    PublicationLot Lot, Workflow Workflow, string StateLabel, IReadOnlyList<WorkflowTransition> Available, IReadOnlyList<ApprovalProgress> Approvals, bool Acted = false);

/// <summary>One item of a lot: its submission record (for its review page), and whether it changes a text the public reads already.</summary>
public sealed record LotItem(long SubmissionId, string ContentItemId, int Version, string ContentType, string DisplayText, bool Changed);
