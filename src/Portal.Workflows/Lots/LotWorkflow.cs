using Microsoft.EntityFrameworkCore;
using Portal.Core.Audit;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Text;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Lots;

/// <summary>
/// Moves publication lots through the workflow with the rules of single versions (roles, quorum of distinct people,
/// nobody on a lot holding a text they wrote or submitted, comments where required, publication at a date), each
/// decision in one transaction that moves every item of the lot or none.
/// </summary>
public sealed class LotWorkflow(
    PortalDbContext db,
    LotItems items,
    WorkflowStore definitions,
    AuditTrail audit,
    IWorkflowNotifier notifier,
    Committees.ProcessCommittees committees,
    TimeProvider clock)
{
    public const int MaxNameLength = 200;

    /// <summary>What is wrong with a lot's name (trimmed), in French; null when it will do.</summary>
    public static string? NameProblem(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 ? "Donnez un nom au lot (par exemple « Réponses de l'assemblée du 20 octobre »)."
            : name.Length > MaxNameLength ? $"Le nom du lot dépasse {MaxNameLength} caractères."
            : null;
    }

    /// <summary>Gathers the versions into a new lot and takes the workflow's first transition into review on it.</summary>
    public async Task<LotOutcome> SubmitAsync(NewLot request, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        var name = request.Name?.Trim() ?? string.Empty;
        var refusal = workflow is null ? "Aucun circuit de validation n'est défini : un administrateur doit en charger un." : NameProblem(name);
        if (refusal is not null)
        {
            return LotOutcome.Refused(refusal);
        }

        var submit = workflow!.Available(workflow.Definition.InitialState, request.Actor.Roles, isAuthor: false)
            .FirstOrDefault(t => !t.CommentRequired && !t.Scheduled && workflow.Phase(t.To) == WorkflowPhase.Review);
        if (submit is null)
        {
            return LotOutcome.Refused("Votre rôle ne permet pas de soumettre au circuit de validation.");
        }

        var (versions, problem) = await items.CandidatesAsync(request, cancellationToken);
        if (problem is not null)
        {
            return LotOutcome.Refused(problem);
        }

        // The lot is reviewed by its process's COPIL: its items must not bring in another process's committee.
        var processes = versions.Select(v => v.ProcessId).Distinct(StringComparer.Ordinal).ToList();
        var processId = processes.Count == 1 ? processes[0] : request.ProcessId;
        if (processes.Count > 1 && (await committees.ScopeAsync(processes, cancellationToken)) is var scope && processes.Any(scope.HasCommittee))
        {
            return LotOutcome.Refused("Ce lot réunit des éléments de plusieurs démarches, dont une au moins a son propre COPIL : soumettez un lot par démarche.");
        }

        var events = new List<LotEvent>();
        var outcome = await InTransactionAsync(async () =>
        {
            var now = StoredTime.UtcNow(clock);
            var lot = new PublicationLot
            {
                Workflow = workflow.Definition.Name,
                Name = name,
                ProcessId = processId,
                State = workflow.Definition.InitialState,
                Active = true,
                SubmittedBy = request.Actor.Name,
                SubmittedUtc = now,
                StateSinceUtc = now,
                ItemCount = versions.Count,
                ConcurrencyStamp = NewStamp(),
            };
            db.Add(lot);
            await db.SaveChangesAsync(cancellationToken);
            await items.AddAsync(lot, versions, cancellationToken);
            var action = NewAction(lot, submit, request.Actor.Name, null, now);
            return await CompleteAsync(workflow, lot, action, submit, null, progress, events, cancellationToken);
        }, cancellationToken);
        await NotifyAsync(outcome, events, cancellationToken);
        return outcome;
    }

    /// <summary>Takes (or approves towards) a transition on a lot for one person.</summary>
    public async Task<LotOutcome> TakeAsync(LotRequest request, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return LotOutcome.Refused("Aucun circuit de validation n'est défini : un administrateur doit en charger un.");
        }

        var events = new List<LotEvent>();
        var outcome = await InTransactionAsync(() => TakeCoreAsync(workflow, request, progress, events, cancellationToken), cancellationToken);
        await NotifyAsync(outcome, events, cancellationToken);
        return outcome;
    }

    /// <summary>Publishes (or takes any other scheduled transition on) every lot that is due, including those missed while stopped.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return 0;
        }

        var now = StoredTime.UtcNow(clock);
        var due = await db.Set<PublicationLot>().AsNoTracking()
            .Where(l => l.Active && l.ScheduledUtc != null && l.ScheduledUtc <= now)
            .OrderBy(l => l.ScheduledUtc).Select(l => l.Id).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var id in due)
        {
            var events = new List<LotEvent>();
            var outcome = await InTransactionAsync(() => RunScheduledAsync(workflow, id, events, cancellationToken), cancellationToken);
            done += outcome.Kind == WorkflowOutcomeKind.Completed ? 1 : 0;
            await NotifyAsync(outcome, events, cancellationToken);
        }

        return done;
    }

    private async Task<LotOutcome> TakeCoreAsync(Workflow workflow, LotRequest request, IProgress<int>? progress, List<LotEvent> events, CancellationToken cancellationToken)
    {
        var lot = await db.Set<PublicationLot>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == request.LotId, cancellationToken);
        if (lot is null)
        {
            return LotOutcome.NotFound;
        }

        if (!lot.Active || !workflow.HasState(lot.State))
        {
            return LotOutcome.Refused(lot.ClosedReason ?? "Ce lot ne circule plus : il a été publié, renvoyé ou retiré.");
        }

        var transition = workflow.Transition(request.Transition);
        if (transition is null || transition.From != lot.State)
        {
            return new LotOutcome(WorkflowOutcomeKind.Conflict, $"Cette action n'est plus possible : le lot est maintenant « {workflow.State(lot.State).Label} ». Rechargez la page.", lot.Id);
        }

        if (request.ExpectedStamp != lot.ConcurrencyStamp)
        {
            return LotOutcome.Conflict;
        }

        var earlier = await db.Set<LotAction>().AsNoTracking()
            .Where(a => a.LotId == lot.Id && a.Round == lot.Round && a.Transition == transition.Key)
            .Select(a => a.Actor).ToListAsync(cancellationToken);
        var isAuthor = lot.IsSubmittedBy(request.Actor.Name) || await items.WrittenByAsync(lot.Id, request.Actor.Name, cancellationToken);
        var scope = await committees.ScopeAsync([lot.ProcessId], cancellationToken);
        var decision = scope.Decide(workflow, transition, lot.ProcessId, request.Actor, isAuthor, request.Comment, earlier);
        if (!decision.Accepted)
        {
            return LotOutcome.Refused(decision.Refusal!);
        }

        var now = StoredTime.UtcNow(clock);
        var publishAt = request.PublishAt is { } at ? StoredTime.Truncate(at.UtcDateTime) : (DateTime?)null;
        var scheduled = transition.Scheduled && publishAt > now && decision.Complete;
        db.Attach(lot);
        var action = NewAction(lot, transition, request.Actor.Name, request.Comment, now);
        action.FieldComments = ItemComments.ToJson(request.ItemComments);
        if (scheduled)
        {
            action.Completed = false;
            action.ScheduledUtc = publishAt;
            lot.ScheduledUtc = publishAt;
            lot.ScheduledTransition = transition.Key;
            lot.ScheduledBy = request.Actor.Name;

            // A new round: the transition taken at the due date (or a new date chosen) is a separate action.
            lot.Round++;
            return await SaveAsync(lot, action, WorkflowAuditActions.Scheduled(transition.Key),
                new LotOutcome(WorkflowOutcomeKind.Scheduled, $"« {transition.Label} » du lot aura lieu le {French.DateTime(publishAt!.Value)}.", lot.Id), cancellationToken);
        }

        if (!decision.Complete)
        {
            action.Completed = false;
            return await SaveAsync(lot, action, WorkflowAuditActions.Approval(transition.Key),
                new LotOutcome(WorkflowOutcomeKind.Recorded, $"Votre accord sur le lot est enregistré. Il en manque {decision.MissingApprovals} pour « {transition.Label} ».", lot.Id), cancellationToken);
        }

        return await CompleteAsync(workflow, lot, action, transition, request.ItemComments, progress, events, cancellationToken);
    }

    private async Task<LotOutcome> RunScheduledAsync(Workflow workflow, long lotId, List<LotEvent> events, CancellationToken cancellationToken)
    {
        var lot = await db.Set<PublicationLot>().AsNoTracking().SingleOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        var now = StoredTime.UtcNow(clock);
        if (lot is not { Active: true, ScheduledUtc: not null, ScheduledTransition: not null, ScheduledBy: not null } || lot.ScheduledUtc > now
            || workflow.Transition(lot.ScheduledTransition) is not { } transition || transition.From != lot.State)
        {
            return LotOutcome.Conflict;
        }

        db.Attach(lot);
        var action = NewAction(lot, transition, lot.ScheduledBy, $"Planifié pour le {French.DateTime(lot.ScheduledUtc.Value)}", now);
        return await CompleteAsync(workflow, lot, action, transition, null, null, events, cancellationToken);
    }

    /// <summary>Applies the target state's effect on every item of the lot (it may fail on one: then nothing happened), then records the move.</summary>
    private async Task<LotOutcome> CompleteAsync(
        Workflow workflow, PublicationLot lot, LotAction action, WorkflowTransition transition, IReadOnlyDictionary<string, string>? itemComments,
        IProgress<int>? progress, List<LotEvent> events, CancellationToken cancellationToken)
    {
        var target = workflow.Phase(transition.To);
        var entry = new PublicationEntry(WorkflowAuditActions.Transition(transition.Key), $"Lot « {lot.Name} »", PublicationWorkflow.ApprovedUtc(workflow, lot));
        var effect = await items.ApplyAsync(lot, target, action.Actor, entry, progress, cancellationToken);
        if (!effect.Succeeded)
        {
            return LotOutcome.Refused(effect.Outcome == ContentOutcome.Conflict
                ? $"Rien n'a été changé : « {effect.Blocking} » a été modifié depuis la soumission du lot. Rechargez la page."
                : $"Rien n'a été changé : « {effect.Blocking} » ne peut pas passer à « {workflow.State(transition.To).Label} ».");
        }

        await items.MoveAsync(lot, action, ItemComments.Of(itemComments), active: target is WorkflowPhase.Review or WorkflowPhase.Approved, cancellationToken);

        // The lot's journey ends when it is sent back or published; its items then live on their own.
        db.Attach(lot);
        lot.MoveTo(transition.To, action.Utc, active: target is WorkflowPhase.Review or WorkflowPhase.Approved);
        action.Completed = true;
        events.Add(new LotEvent(workflow, lot, transition, action.Actor, action.Comment, target));
        return await SaveAsync(lot, action, WorkflowAuditActions.Transition(transition.Key),
            new LotOutcome(WorkflowOutcomeKind.Completed, $"« {transition.Label} » : les {lot.ItemCount} élément(s) du lot sont maintenant « {workflow.State(transition.To).Label} ».", lot.Id), cancellationToken);
    }

    private async Task<LotOutcome> SaveAsync(PublicationLot lot, LotAction action, string auditAction, LotOutcome outcome, CancellationToken cancellationToken)
    {
        lot.ConcurrencyStamp = NewStamp();
        action.LotId = lot.Id;
        db.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(action.Actor, auditAction, new AuditSubject(LotKey(lot.Id), AuditSubject.LotType, action.Round), $"{lot.Name} ({lot.ItemCount} élément(s))" + (action.Comment is null ? string.Empty : $" : {action.Comment}"), cancellationToken);
        return outcome;
    }

    private async Task NotifyAsync(LotOutcome outcome, List<LotEvent> events, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            foreach (var happened in events)
            {
                await notifier.NotifyLotAsync(happened, cancellationToken);
            }
        }
    }

    private Task<LotOutcome> InTransactionAsync(Func<Task<LotOutcome>> work, CancellationToken cancellationToken) =>
        WorkflowTransaction.RunAsync(db, work, o => o.Succeeded, LotOutcome.Conflict, cancellationToken);

    private static LotAction NewAction(PublicationLot lot, WorkflowTransition transition, string actor, string? comment, DateTime now) => new()
    {
        LotId = lot.Id,
        Round = lot.Round,
        Transition = transition.Key,
        FromState = lot.State,
        ToState = transition.To,
        Actor = actor,
        Utc = now,
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
    };

    /// <summary>The lot's key in the audit trail.</summary>
    public static string LotKey(long id) => $"lot-{id}";

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
