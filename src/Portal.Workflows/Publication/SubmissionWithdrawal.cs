using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Workflows.Definitions;

namespace Portal.Workflows.Publication;

/// <summary>
/// Approval is bound to the exact version submitted: when that version is edited, its submission is closed
/// and the approvals gathered on it no longer count (the new draft must be submitted again).
/// </summary>
internal sealed class SubmissionWithdrawal(WorkflowStore definitions, TimeProvider clock) : IContentEditHandler
{
    public async Task SubmittedVersionEditedAsync(ContentEditContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var submission = await context.Db.Set<WorkflowSubmission>()
            .SingleOrDefaultAsync(s => s.ContentItemId == context.Withdrawn.ContentItemId && s.Version == context.Withdrawn.Version && s.Active, cancellationToken);
        if (submission is null)
        {
            return;
        }

        var workflow = await definitions.GetAsync(submission.Workflow, cancellationToken);
        var initial = workflow?.Definition.InitialState ?? submission.State;
        var now = StoredTime.UtcNow(clock);
        context.Db.Add(new WorkflowAction
        {
            SubmissionId = submission.Id,
            Round = submission.Round,
            Transition = "retrait",
            FromState = submission.State,
            ToState = initial,
            Actor = context.Actor,
            Utc = now,
            Comment = $"Retirée : modifiée après soumission (nouvelle version {context.Draft.Version}).",
            Completed = true,
        });
        submission.MoveTo(initial, now, active: false);
        submission.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await context.Db.SaveChangesAsync(cancellationToken);
    }
}
