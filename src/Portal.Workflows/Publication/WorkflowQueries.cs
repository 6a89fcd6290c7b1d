using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Workflows.Definitions;
using Portal.Workflows.Lots;

namespace Portal.Workflows.Publication;

/// <summary>What several back-office pages show of the workflow: an item's state and actions, the reviewers' inbox. A query one page uses lives in that page.</summary>
public sealed class WorkflowQueries(PortalDbContext db, WorkflowStore definitions, VersionWriters writers, Committees.ProcessCommittees committees)
{
    /// <summary>The workflow state of an item's latest and published versions, what this person may do on each, and its history.</summary>
    public async Task<ItemWorkflow?> ForItemAsync(string contentItemId, StaffMember viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return null;
        }

        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentItemId == contentItemId && (v.Latest || v.Published)).ToListAsync(cancellationToken);
        var submissions = await db.Set<WorkflowSubmission>().AsNoTracking()
            .Where(s => s.ContentItemId == contentItemId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var ids = submissions.Select(s => s.Id).ToList();
        var actions = await db.Set<WorkflowAction>().AsNoTracking()
            .Where(a => ids.Contains(a.SubmissionId)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var written = await writers.OfAsync([.. versions.Select(v => (v.ContentItemId, v.Version))], cancellationToken);
        var processId = versions.Select(v => v.ProcessId).FirstOrDefault(p => p is not null);
        viewer = (await committees.ScopeAsync([processId], cancellationToken)).For(viewer, processId);
        var lotIds = submissions.Where(s => s.Active && s.LotId != null).Select(s => s.LotId!.Value).ToList();
        var lots = await db.Set<PublicationLot>().AsNoTracking().Where(l => lotIds.Contains(l.Id) && l.Active).ToDictionaryAsync(l => l.Id, cancellationToken);
        var tracks = versions.OrderByDescending(v => v.Version)
            .Select(v => TrackOf(workflow, v, submissions.SingleOrDefault(s => s.Active && s.Version == v.Version), actions, viewer, written[(v.ContentItemId, v.Version)], lots))
            .OfType<VersionTrack>().ToList();
        var history = actions.Select(a => new HistoryLine(submissions.Single(s => s.Id == a.SubmissionId).Version, a, Label(workflow, a))).Reverse().ToList();
        var latest = versions.Single(v => v.Latest);
        // Sent back: the latest text is frozen as reviewed and no submission follows it any more.
        var sentBack = latest is { Frozen: true, Status: ContentStatus.Draft } && !submissions.Any(s => s.Active && s.Version == latest.Version)
            ? actions.LastOrDefault(a => a.Completed && workflow.HasState(a.ToState) && workflow.Phase(a.ToState) == WorkflowPhase.Draft
                && submissions.Any(s => s.Id == a.SubmissionId && s.Version == latest.Version))
            : null;
        return new ItemWorkflow(workflow, tracks, history, sentBack is null ? null : SendBackOf(sentBack));
    }

    /// <summary>Submissions waiting for this person: in review or approved, where they may act and have not yet acted in this state.</summary>
    public async Task<IReadOnlyList<InboxEntry>> InboxAsync(StaffMember viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return [];
        }

        var waiting = workflow.Definition.States
            .Where(s => workflow.Phase(s.Key) is WorkflowPhase.Review or WorkflowPhase.Approved).Select(s => s.Key).ToList();
        // A version travelling in a lot waits as part of its lot, never on its own.
        var submissions = await db.Set<WorkflowSubmission>().AsNoTracking()
            .Where(s => s.Active && waiting.Contains(s.State))
            .Where(s => s.LotId == null || !db.Set<PublicationLot>().Any(l => l.Id == s.LotId && l.Active))
            .OrderBy(s => s.StateSinceUtc).ToListAsync(cancellationToken);
        var ids = submissions.Select(s => s.Id).ToList();
        var actions = await db.Set<WorkflowAction>().AsNoTracking().Where(a => ids.Contains(a.SubmissionId)).ToListAsync(cancellationToken);
        var written = await writers.OfAsync([.. submissions.Select(s => (s.ContentItemId, s.Version))], cancellationToken);
        var scope = await committees.ScopeAsync(submissions.Select(s => s.ProcessId), cancellationToken);
        var entries = new List<InboxEntry>();
        foreach (var submission in submissions)
        {
            var round = RoundOf(submission, actions);
            var available = AvailableTo(workflow, submission.State, submission, round, scope.For(viewer, submission.ProcessId), written[(submission.ContentItemId, submission.Version)]);
            if (available.Count > 0 && !HasActed(round, viewer))
            {
                entries.Add(new InboxEntry(submission, workflow.State(submission.State).Label, available, ApprovalsOf(workflow, submission, round)));
            }
        }

        return entries;
    }

    private static VersionTrack? TrackOf(
        Workflow workflow, ContentItemVersion version, WorkflowSubmission? submission, List<WorkflowAction> actions, StaffMember viewer, IReadOnlySet<string> writers,
        Dictionary<long, PublicationLot> activeLots)
    {
        var state = submission?.State ?? PublicationWorkflow.ImplicitState(workflow, version);
        if (state is null || !workflow.HasState(state))
        {
            return null;
        }

        // A version travelling in a lot is decided on with its lot: no action of its own.
        var lot = submission?.LotId is { } lotId && activeLots.TryGetValue(lotId, out var found) ? found : null;
        var round = submission is null ? [] : RoundOf(submission, actions);
        var available = lot is null ? AvailableTo(workflow, state, submission, round, viewer, writers) : [];
        return new VersionTrack(version, submission, workflow.State(state), workflow.Phase(state), available,
            submission is null || lot is not null ? [] : ApprovalsOf(workflow, submission, round),
            submission?.ConcurrencyStamp ?? version.ConcurrencyStamp,
            lot);
    }

    /// <summary>Whether this person already gave their word in the current state: then nothing waits for them there (they may still change their mind on the item's page).</summary>
    internal static bool HasActed(IEnumerable<WorkflowStep> round, StaffMember viewer) =>
        round.Any(a => string.Equals(a.Actor, viewer.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The actions taken in the submission's current state (its round).</summary>
    private static List<WorkflowAction> RoundOf(WorkflowSubmission submission, List<WorkflowAction> actions) =>
        [.. actions.Where(a => a.SubmissionId == submission.Id && a.Round == submission.Round)];

    /// <summary>What the viewer may take from a state: by role and authorship (submitted or wrote it), less what they already approved in this round.</summary>
    private static List<WorkflowTransition> AvailableTo(
        Workflow workflow, string state, WorkflowSubmission? submission, List<WorkflowAction> round, StaffMember viewer, IReadOnlySet<string> writers) =>
        [.. workflow.Available(state, viewer.Roles, submission?.IsSubmittedBy(viewer.Name) == true || writers.Contains(viewer.Name))
            .Where(t => !round.Any(a => a.Transition == t.Key && string.Equals(a.Actor, viewer.Name, StringComparison.OrdinalIgnoreCase)))];

    private static IReadOnlyList<ApprovalProgress> ApprovalsOf(Workflow workflow, WorkflowSubmission submission, List<WorkflowAction> round) =>
        [.. workflow.Definition.Transitions.Where(t => t.From == submission.State && t.Quorum > 1)
            .Select(t => new ApprovalProgress(t, [.. round.Where(a => a.Transition == t.Key).Select(a => a.Actor)]))];

    private static string Label(Workflow workflow, WorkflowAction action)
    {
        var transition = workflow.Transition(action.Transition);
        var name = transition?.Label ?? (action.Transition == "retrait" ? "Soumission retirée" : action.Transition);
        return action.Completed ? name
            : action.ScheduledUtc is not null ? $"{name} (planifié)"
            : $"{name} (accord)";
    }

    private static SendBack SendBackOf(WorkflowAction action) => new(
        action.Actor,
        action.Utc,
        action.Comment,
        action.FieldComments is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(action.FieldComments)!);
}

/// <summary>An item's workflow: one track per live version (the latest and the published one), its history, and the last send-back.</summary>
public sealed record ItemWorkflow(Workflow Workflow, IReadOnlyList<VersionTrack> Tracks, IReadOnlyList<HistoryLine> History, SendBack? SendBack);

/// <summary>Where one version stands, what the viewer may do on it, and the stamp their form must send back.</summary>
public sealed record VersionTrack(
    ContentItemVersion Version,
    WorkflowSubmission? Submission,
    WorkflowState State,
    WorkflowPhase Phase,
    IReadOnlyList<WorkflowTransition> Available,
    IReadOnlyList<ApprovalProgress> Approvals,
    string Stamp,
    PublicationLot? Lot = null);

/// <summary>Who has approved towards a transition needing several approvals.</summary>
public sealed record ApprovalProgress(WorkflowTransition Transition, IReadOnlyList<string> Approvers);

public sealed record HistoryLine(int Version, WorkflowAction Action, string Label);

/// <summary>The reviewers' comments when they sent a version back: overall, and per field (shown beside the fields).</summary>
public sealed record SendBack(string Actor, DateTime Utc, string? Comment, IReadOnlyDictionary<string, string> FieldComments);

public sealed record InboxEntry(WorkflowSubmission Submission, string StateLabel, IReadOnlyList<WorkflowTransition> Available, IReadOnlyList<ApprovalProgress> Approvals);

