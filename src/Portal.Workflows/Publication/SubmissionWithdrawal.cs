using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Workflows.Definitions;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Publication;

/// <summary>
/// Approval is bound to the exact version submitted: when that version is edited, its submission is closed
/// and the approvals gathered on it no longer count (the new draft must be submitted again). A version travelling in
/// a lot withdraws the whole lot: its other items become drafts again, and the lot says which edit stopped it.
/// </summary>
internal sealed class SubmissionWithdrawal(WorkflowStore definitions, AuditTrail audit, TimeProvider clock) : IContentEditHandler
{
    public async Task SubmittedVersionEditedAsync(ContentEditContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db;
        var submission = await db.Set<WorkflowSubmission>()
            .SingleOrDefaultAsync(s => s.ContentItemId == context.Withdrawn.ContentItemId && s.Version == context.Withdrawn.Version && s.Active, cancellationToken);
        if (submission is null)
        {
            return;
        }

        var workflow = await definitions.GetAsync(submission.Workflow, cancellationToken);
        var initial = workflow?.Definition.InitialState ?? submission.State;
        var now = StoredTime.UtcNow(clock);
        var why = $"Retirée : modifiée après soumission (nouvelle version {context.Draft.Version}).";
        Withdraw(db, submission, initial, context.Actor, why, now);
        await audit.AppendAsync(context.Actor, AuditActions.Withdrawn, context.Withdrawn, why, cancellationToken);
        if (submission.LotId is { } lotId && await db.Set<PublicationLot>().SingleOrDefaultAsync(l => l.Id == lotId && l.Active, cancellationToken) is { } lot)
        {
            await WithdrawLotAsync(db, lot, submission.Id, initial, $"Lot retiré le {Core.Text.French.DateTime(now)} : « {submission.DisplayText} » a été modifié par {context.Actor} après la soumission. Les accords donnés ne comptent plus ; soumettez un nouveau lot.", context.Actor, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task WithdrawLotAsync(PortalDbContext db, PublicationLot lot, long edited, string initial, string why, string actor, DateTime now, CancellationToken cancellationToken)
    {
        db.Add(new LotAction { Lot = lot, Round = lot.Round, Transition = "retrait", FromState = lot.State, ToState = initial, Actor = actor, Utc = now, Comment = why, Completed = true });
        lot.MoveTo(initial, now, active: false);
        lot.ClosedReason = why;
        lot.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        var others = await db.Set<WorkflowSubmission>().Where(s => s.LotId == lot.Id && s.Active && s.Id != edited).ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            Withdraw(db, other, initial, actor, $"Lot « {lot.Name} » retiré : un autre de ses éléments a été modifié.", now);
        }

        // The other versions were only waiting with the lot: their text is no longer fixed, editable in place and ready for a new lot.
        var versions = others.Select(o => o.ContentItemId).ToList();
        foreach (var chunk in versions.Chunk(ContentBatch.ChunkSize))
        {
            await db.ContentItemVersions
                .Where(v => chunk.Contains(v.ContentItemId) && v.Latest && v.Frozen && v.Status == ContentStatus.Draft)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.Frozen, false)
                    .SetProperty(v => v.ConcurrencyStamp, Guid.NewGuid().ToString("N")), cancellationToken);
        }
    }

    private static void Withdraw(PortalDbContext db, WorkflowSubmission submission, string initial, string actor, string why, DateTime now)
    {
        db.Add(new WorkflowAction
        {
            SubmissionId = submission.Id,
            Round = submission.Round,
            Transition = "retrait",
            FromState = submission.State,
            ToState = initial,
            Actor = actor,
            Utc = now,
            Comment = why,
            Completed = true,
        });
        submission.MoveTo(initial, now, active: false);
        submission.ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }
}
