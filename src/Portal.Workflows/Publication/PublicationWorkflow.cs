using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Text;
using Portal.Workflows.Definitions;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Publication;

/// <summary>
/// Moves content versions through the publication workflow: checks who may act (roles, never on one's own
/// submission, quorum of distinct people), then applies the target state's effect on the content (in review,
/// approved, published, unpublished) with the action and its audit entry, all in one transaction.
/// </summary>
public sealed class PublicationWorkflow(
    PortalDbContext db,
    ContentStore content,
    VersionWriters writers,
    WorkflowStore definitions,
    AuditTrail audit,
    IWorkflowNotifier notifier,
    Committees.ProcessCommittees committees,
    TimeProvider clock)
{
    public Task<Workflow?> DefinitionAsync(CancellationToken cancellationToken = default) => definitions.GetAsync(cancellationToken: cancellationToken);

    /// <summary>Takes (or approves towards) a transition for one person.</summary>
    public async Task<WorkflowOutcome> TakeAsync(WorkflowRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return WorkflowOutcome.Refused("Aucun circuit de validation n'est défini : un administrateur doit en charger un.");
        }

        var pending = new List<WorkflowEvent>();
        var outcome = await InTransactionAsync(() => TakeCoreAsync(workflow, request, pending, cancellationToken), cancellationToken);
        if (outcome.Succeeded)
        {
            foreach (var happened in pending)
            {
                await notifier.NotifyAsync(happened, cancellationToken);
            }
        }

        return outcome;
    }

    /// <summary>
    /// Takes several requests, each on its own (its own transaction, quorum and audit entry): a refusal or a
    /// conflict on one does not undo the others. Returns how many succeeded and, by name, why the others did not.
    /// </summary>
    public async Task<BatchOutcome> TakeEachAsync(IEnumerable<(string Name, WorkflowRequest Request)> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var done = 0;
        var refusals = new List<string>();
        foreach (var (name, request) in requests)
        {
            var outcome = await TakeAsync(request, cancellationToken);
            if (outcome.Succeeded)
            {
                done++;
            }
            else
            {
                refusals.Add($"{name} : {outcome.Message}");
            }
        }

        return new BatchOutcome(done, refusals);
    }

    /// <summary>Takes every scheduled transition that is due (publications at a date), including those missed while stopped.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return 0;
        }

        var now = StoredTime.UtcNow(clock);
        var due = await db.Set<WorkflowSubmission>().AsNoTracking()
            .Where(s => s.Active && s.ScheduledUtc != null && s.ScheduledUtc <= now)
            .OrderBy(s => s.ScheduledUtc).Select(s => s.Id).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var id in due)
        {
            var pending = new List<WorkflowEvent>();
            var outcome = await InTransactionAsync(() => RunScheduledAsync(workflow, id, pending, cancellationToken), cancellationToken);
            if (outcome.Kind == WorkflowOutcomeKind.Completed)
            {
                done++;
                foreach (var happened in pending)
                {
                    await notifier.NotifyAsync(happened, cancellationToken);
                }
            }
        }

        return done;
    }

    private async Task<WorkflowOutcome> TakeCoreAsync(Workflow workflow, WorkflowRequest request, List<WorkflowEvent> events, CancellationToken cancellationToken)
    {
        var version = await db.ContentItemVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ContentItemId == request.ContentItemId && v.Version == request.Version, cancellationToken);
        if (version is null)
        {
            return WorkflowOutcome.NotFound;
        }

        var submission = await ActiveSubmissionAsync(version, cancellationToken);
        if (submission?.LotId is { } lotId && await db.Set<PublicationLot>().AsNoTracking().Where(l => l.Id == lotId && l.Active).Select(l => l.Name).SingleOrDefaultAsync(cancellationToken) is { } lotName)
        {
            return WorkflowOutcome.Refused($"Cette version fait partie du lot « {lotName} » : les décisions se prennent sur le lot.");
        }

        var state = submission?.State ?? ImplicitState(workflow, version);
        if (state is null || !workflow.HasState(state))
        {
            return WorkflowOutcome.Refused("Cette version ne circule plus : une version plus récente l'a remplacée.");
        }

        var transition = workflow.Transition(request.Transition);
        if (transition is null || transition.From != state)
        {
            return new WorkflowOutcome(
                WorkflowOutcomeKind.Conflict,
                $"Cette action n'est plus possible : la version est maintenant « {workflow.State(state).Label} ». Rechargez la page.",
                state);
        }

        if (request.ExpectedStamp != (submission?.ConcurrencyStamp ?? version.ConcurrencyStamp))
        {
            return WorkflowOutcome.Conflict;
        }

        var round = submission?.Round ?? 0;
        var earlier = submission is null ? [] : await db.Set<WorkflowAction>().AsNoTracking()
            .Where(a => a.SubmissionId == submission.Id && a.Round == round && a.Transition == transition.Key)
            .Select(a => a.Actor).ToListAsync(cancellationToken);
        // The author is whoever submitted it and whoever wrote any of its text: none of them reviews it.
        var isAuthor = submission?.IsSubmittedBy(request.Actor.Name) == true
            || (await writers.OfAsync(version.ContentItemId, version.Version, cancellationToken)).Contains(request.Actor.Name);
        // A process with its own COPIL: only its members act as such, and only they count toward its quorum.
        var scope = await committees.ScopeAsync([version.ProcessId], cancellationToken);
        var decision = scope.Decide(workflow, transition, version.ProcessId, request.Actor, isAuthor, request.Comment, earlier);
        if (!decision.Accepted)
        {
            return WorkflowOutcome.Refused(decision.Refusal!);
        }

        var now = StoredTime.UtcNow(clock);
        var publishAt = request.PublishAt is { } at ? StoredTime.Truncate(at.UtcDateTime) : (DateTime?)null;
        var scheduled = transition.Scheduled && publishAt > now && decision.Complete;
        if (submission is null)
        {
            submission = NewSubmission(workflow, version, state, request.Actor.Name, now);
            db.Add(submission);
        }
        else
        {
            db.Attach(submission);
        }

        var action = new WorkflowAction
        {
            Submission = submission,
            Round = round,
            Transition = transition.Key,
            FromState = state,
            ToState = transition.To,
            Actor = request.Actor.Name,
            Utc = now,
            Comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
            FieldComments = FieldCommentsJson(request.FieldComments),
            Completed = decision.Complete && !scheduled,
            ScheduledUtc = scheduled ? publishAt : null,
        };

        if (scheduled)
        {
            submission.ScheduledUtc = publishAt;
            submission.ScheduledTransition = transition.Key;
            submission.ScheduledBy = request.Actor.Name;

            // A new round: the transition taken at the due date (or a new date chosen) is a separate action.
            submission.Round++;
            return await SaveActionAsync(submission, action, version, WorkflowAuditActions.Scheduled(transition.Key),
                new WorkflowOutcome(WorkflowOutcomeKind.Scheduled, $"« {transition.Label} » aura lieu le {French.DateTime(publishAt!.Value)}.", state), cancellationToken);
        }

        if (!decision.Complete)
        {
            var missing = decision.MissingApprovals;
            return await SaveActionAsync(submission, action, version, WorkflowAuditActions.Approval(transition.Key),
                new WorkflowOutcome(WorkflowOutcomeKind.Recorded, $"Votre accord est enregistré. Il en manque {missing} pour « {transition.Label} ».", state), cancellationToken);
        }

        return await CompleteAsync(workflow, submission, action, version, transition, events, cancellationToken);
    }

    private async Task<WorkflowOutcome> RunScheduledAsync(Workflow workflow, long submissionId, List<WorkflowEvent> events, CancellationToken cancellationToken)
    {
        var submission = await db.Set<WorkflowSubmission>().SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        var now = StoredTime.UtcNow(clock);
        if (submission is not { Active: true, ScheduledUtc: not null, ScheduledTransition: not null, ScheduledBy: not null } || submission.ScheduledUtc > now)
        {
            return WorkflowOutcome.Conflict;
        }

        var transition = workflow.Transition(submission.ScheduledTransition);
        var version = await db.ContentItemVersions.AsNoTracking()
            .SingleOrDefaultAsync(v => v.ContentItemId == submission.ContentItemId && v.Version == submission.Version, cancellationToken);
        if (transition is null || transition.From != submission.State || version is null)
        {
            return WorkflowOutcome.Conflict;
        }

        var action = new WorkflowAction
        {
            Submission = submission,
            Round = submission.Round,
            Transition = transition.Key,
            FromState = submission.State,
            ToState = transition.To,
            Actor = submission.ScheduledBy,
            Utc = now,
            Comment = $"Planifié pour le {French.DateTime(submission.ScheduledUtc.Value)}",
            Completed = true,
        };
        return await CompleteAsync(workflow, submission, action, version, transition, events, cancellationToken);
    }

    /// <summary>Applies the target state's effect on the content first (it may lose a race), then records the move.</summary>
    private async Task<WorkflowOutcome> CompleteAsync(
        Workflow workflow, WorkflowSubmission submission, WorkflowAction action, ContentItemVersion version,
        WorkflowTransition transition, List<WorkflowEvent> events, CancellationToken cancellationToken)
    {
        var target = workflow.Phase(transition.To);
        // The store only learns what storage needs: a text going to review is frozen, a publication is written down
        // as this transition (one audit entry). Review, approval and sending back are this submission's state alone.
        var entry = new PublicationEntry(WorkflowAuditActions.Transition(transition.Key), action.Comment, ApprovedUtc(workflow, submission));
        var effect = target switch
        {
            WorkflowPhase.Review when !version.Frozen => await content.FreezeAsync(version.ContentItemId, version.Version, version.ConcurrencyStamp, cancellationToken),
            WorkflowPhase.Published => await content.PublishAsync(version.ContentItemId, version.Version, action.Actor, version.ConcurrencyStamp, entry, cancellationToken),
            WorkflowPhase.Unpublished when version.Published => await content.UnpublishAsync(version.ContentItemId, action.Actor, entry, cancellationToken),
            _ => ContentResult.Ok(version),
        };
        var audited = target is WorkflowPhase.Published || (target is WorkflowPhase.Unpublished && version.Published);
        if (!effect.Succeeded)
        {
            return effect.Outcome == ContentOutcome.NotFound ? WorkflowOutcome.NotFound : WorkflowOutcome.Conflict;
        }

        // Sent back: this record is closed; the next submission of the item starts a new one.
        submission.MoveTo(transition.To, action.Utc, active: target != WorkflowPhase.Draft);
        var label = workflow.State(transition.To).Label;
        events.Add(new WorkflowEvent(workflow, submission, transition, action.Actor, action.Comment, target));
        return await SaveActionAsync(submission, action, version, audited ? null : WorkflowAuditActions.Transition(transition.Key),
            new WorkflowOutcome(WorkflowOutcomeKind.Completed, $"« {transition.Label} » : la version {version.Version} est maintenant « {label} ».", transition.To), cancellationToken);
    }

    /// <summary>Records the action; <paramref name="auditAction"/> is null when the store already wrote this transition's entry.</summary>
    private async Task<WorkflowOutcome> SaveActionAsync(
        WorkflowSubmission submission, WorkflowAction action, ContentItemVersion version, string? auditAction, WorkflowOutcome outcome, CancellationToken cancellationToken)
    {
        submission.ConcurrencyStamp = NewStamp();
        db.Add(action);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A stale stamp, a second active record for the version, or the same person twice in one quorum.
            db.ChangeTracker.Clear();
            return WorkflowOutcome.Conflict;
        }

        if (auditAction is not null)
        {
            await audit.AppendAsync(action.Actor, auditAction, version, action.Comment, cancellationToken);
        }

        return outcome;
    }

    private Task<WorkflowSubmission?> ActiveSubmissionAsync(ContentItemVersion version, CancellationToken cancellationToken) =>
        db.Set<WorkflowSubmission>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.ContentItemId == version.ContentItemId && s.Version == version.Version && s.Active, cancellationToken);

    /// <summary>
    /// The state of a version no submission record follows yet: the latest draft (or one sent back) is in the
    /// initial state; a version published without the workflow (by a recipe) is in the publishing state.
    /// </summary>
    internal static string? ImplicitState(Workflow workflow, ContentItemVersion version) =>
        version.Published ? workflow.FirstIn(WorkflowPhase.Published).Key
        : version.Latest && version.Status == ContentStatus.Draft ? workflow.Definition.InitialState
        : null;

    /// <summary>The public validation stamp a publication carries: when the record reached an approved state, if it did.</summary>
    internal static DateTime? ApprovedUtc(Workflow workflow, WorkflowRecord record) =>
        workflow.HasState(record.State) && workflow.Phase(record.State) == WorkflowPhase.Approved ? record.StateSinceUtc : null;

    private static WorkflowSubmission NewSubmission(Workflow workflow, ContentItemVersion version, string state, string actor, DateTime now) => new()
    {
        Workflow = workflow.Definition.Name,
        ContentItemId = version.ContentItemId,
        Version = version.Version,
        ContentType = version.ContentType,
        ProcessId = version.ProcessId,
        DisplayText = version.DisplayText,
        State = state,
        Active = true,
        SubmittedBy = version.Published ? version.Author : actor,
        SubmittedUtc = now,
        StateSinceUtc = now,
        ConcurrencyStamp = NewStamp(),
    };

    private static string? FieldCommentsJson(IReadOnlyDictionary<string, string>? comments)
    {
        var kept = comments?.Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim());
        return kept is { Count: > 0 } ? JsonSerializer.Serialize(kept) : null;
    }

    private Task<WorkflowOutcome> InTransactionAsync(Func<Task<WorkflowOutcome>> work, CancellationToken cancellationToken) =>
        WorkflowTransaction.RunAsync(db, work, o => o.Succeeded, WorkflowOutcome.Conflict, cancellationToken);

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
