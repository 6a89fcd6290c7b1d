using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Workflows.Committees;
using Portal.Workflows.Definitions;
using Portal.Workflows.Lots;
using Portal.Workflows.Publication;

namespace Portal.Workflows.BackOffice;

/// <summary>
/// What waits for whom: every open submission and lot with the people who must act next (those of the workflow's roles,
/// under their process's COPIL, who are not its authors and have not acted in its current state: the inbox's rule), and
/// every text sent back with the author who must correct it, oldest first; cut down to what the reader may see.
/// </summary>
/// <remarks>
/// Reads workflow tables, committee seats, accounts and version rows without their documents, in a fixed number of
/// queries whatever the number of items, submissions or lots: 2 for the workflow definition, 2 for the open submissions
/// and lots, 2 for the approvals of their current state, 4 for their writers (<see cref="VersionWriters"/>), 1 for the
/// committees, 1 for the accounts and roles, 2 for the texts sent back (and their lots' names): 14 in all.
/// </remarks>
public sealed class WaitingBoard(
    PortalDbContext db, WorkflowStore definitions, VersionWriters writers, ProcessCommittees committees, ContentTypeRegistry types, TimeProvider clock)
{
    /// <summary>The open lines this person may see: all of them when <paramref name="seesAll"/> (editing rights), else those of their COPILs, theirs, and those waiting for them.</summary>
    public async Task<IReadOnlyList<WaitingLine>> ForAsync(StaffMember viewer, bool seesAll, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return [];
        }

        var open = workflow.Definition.States
            .Where(s => workflow.Phase(s.Key) is WorkflowPhase.Review or WorkflowPhase.Approved).Select(s => s.Key).ToList();
        var activeLots = db.Set<PublicationLot>().AsNoTracking().Where(l => l.Active);
        var singles = db.Set<WorkflowSubmission>().AsNoTracking()
            .Where(s => s.Active && open.Contains(s.State) && (s.LotId == null || !activeLots.Any(l => l.Id == s.LotId)));
        var lotItems = db.Set<WorkflowSubmission>().AsNoTracking().Where(s => s.Active && activeLots.Any(l => l.Id == s.LotId));

        var submissions = await singles.ToListAsync(cancellationToken);
        var lots = await activeLots.Where(l => open.Contains(l.State)).ToListAsync(cancellationToken);
        var submissionRounds = (await (
            from a in db.Set<WorkflowAction>().AsNoTracking()
            join s in singles on a.SubmissionId equals s.Id
            where a.Round == s.Round
            select new { Key = s.Id, a.Actor, a.Transition }).ToListAsync(cancellationToken)).ToLookup(a => a.Key, a => (a.Actor, a.Transition));
        var lotRounds = (await (
            from a in db.Set<LotAction>().AsNoTracking()
            join l in activeLots on a.LotId equals l.Id
            where a.Round == l.Round
            select new { Key = l.Id, a.Actor, a.Transition }).ToListAsync(cancellationToken)).ToLookup(a => a.Key, a => (a.Actor, a.Transition));
        var submissionWriters = await writers.OfAsync(singles.Select(s => new KeyedVersion { Key = s.Id, ContentItemId = s.ContentItemId, Version = s.Version }), cancellationToken);
        var lotWriters = await writers.OfAsync(lotItems.Select(s => new KeyedVersion { Key = s.LotId!.Value, ContentItemId = s.ContentItemId, Version = s.Version }), cancellationToken);
        var sentBack = await SentBackAsync(workflow, cancellationToken);

        var records = submissions.Concat<WorkflowRecord>(lots).Concat(sentBack.Select(l => l.Record)).ToList();
        var scope = await committees.ScopeAsync(records.Select(r => r.ProcessId), cancellationToken);
        var staff = await StaffAsync(cancellationToken);

        var lines = new List<WaitingLine>();
        foreach (var submission in submissions)
        {
            lines.Add(Line(workflow, scope, staff, submission, isLot: false, TitleOf(submission), $"/admin/validation/{submission.Id}", 1, [.. submissionRounds[submission.Id]], submissionWriters[submission.Id]));
        }

        foreach (var lot in lots)
        {
            lines.Add(Line(workflow, scope, staff, lot, isLot: true, lot.Name, $"/admin/lots/{lot.Id}", lot.ItemCount, [.. lotRounds[lot.Id]], lotWriters[lot.Id]));
        }

        lines.AddRange(sentBack);
        return [.. lines.Where(l => seesAll || Sees(viewer, l, scope)).OrderBy(l => l.SinceUtc).ThenBy(l => l.Record.Id)];
    }

    /// <summary>A reader without editing rights sees the lines of the processes whose COPIL they may sit on, those they submitted, and those waiting for them.</summary>
    private static bool Sees(StaffMember viewer, WaitingLine line, CopilScope scope) =>
        line.WaitsFor(viewer.Name) || line.Record.IsSubmittedBy(viewer.Name)
        || scope.For(viewer, line.Record.ProcessId).Roles.Contains(PortalRoles.CopilMember);

    private static WaitingLine Line(
        Workflow workflow, CopilScope scope, IReadOnlyList<StaffMember> staff, WorkflowRecord record, bool isLot, string title, string href, int items,
        IReadOnlyList<(string Actor, string Transition)> round, IEnumerable<string> authors)
    {
        var state = workflow.State(record.State).Label;
        var approvals = workflow.Definition.Transitions.Where(t => t.From == record.State && t.Quorum > 1)
            .Select(t => new ApprovalProgress(t, [.. round.Where(a => a.Transition == t.Key).Select(a => a.Actor)])).ToList();
        var actions = workflow.Definition.Transitions.Where(t => t.From == record.State).Select(t => t.Label).ToList();
        if (record.ScheduledUtc is not null)
        {
            return new WaitingLine(WaitingReason.Scheduled, record, isLot, title, href, state, items, [], approvals, actions);
        }

        var wrote = authors.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = staff
            .Where(p => !round.Any(a => string.Equals(a.Actor, p.Name, StringComparison.OrdinalIgnoreCase)))
            .Where(p => workflow.Available(record.State, scope.For(p, record.ProcessId).Roles, record.IsSubmittedBy(p.Name) || wrote.Contains(p.Name)).Count > 0)
            .Select(p => p.Name).ToList();
        return new WaitingLine(WaitingReason.Decision, record, isLot, title, href, state, items, people, approvals, actions);
    }

    /// <summary>
    /// Texts sent back and not corrected yet: their last submission closed in the initial state, the version still the
    /// latest frozen draft, with no submission following it again (withdrawn ones are no longer the latest, or no longer frozen).
    /// A lot's texts make one line, waiting for the lot's author.
    /// </summary>
    private async Task<List<WaitingLine>> SentBackAsync(Workflow workflow, CancellationToken cancellationToken)
    {
        var initial = workflow.Definition.InitialState;
        var submissions = db.Set<WorkflowSubmission>().AsNoTracking();
        var rows = await (
            from s in submissions
            where !s.Active && s.State == initial
            join v in db.ContentItemVersions.AsNoTracking() on new { s.ContentItemId, s.Version } equals new { v.ContentItemId, v.Version }
            where v.Latest && v.Frozen && v.Status == ContentStatus.Draft
                && !submissions.Any(o => o.Active && o.ContentItemId == s.ContentItemId && o.Version == s.Version)
            select s).ToListAsync(cancellationToken);
        var last = rows.GroupBy(s => (s.ContentItemId, s.Version)).Select(g => g.MaxBy(s => s.Id)!).ToList();
        var lotIds = last.Where(s => s.LotId is not null).Select(s => s.LotId!.Value).Distinct().ToList();
        var lots = lotIds.Count == 0 ? [] : await db.Set<PublicationLot>().AsNoTracking().Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var label = $"{workflow.State(initial).Label} (renvoyé avec commentaires)";
        var lines = new List<WaitingLine>();
        foreach (var group in last.GroupBy(s => s.LotId is { } id && lots.ContainsKey(id) ? id : (long?)null))
        {
            if (group.Key is { } lotId)
            {
                var lot = lots[lotId];
                lines.Add(new WaitingLine(WaitingReason.Correction, lot, true, lot.Name, $"/admin/lots/{lot.Id}", label, group.Count(), [lot.SubmittedBy], [], Correct));
                continue;
            }

            lines.AddRange(group.Select(s => new WaitingLine(
                WaitingReason.Correction, s, false, TitleOf(s), $"/admin/contenu/modifier?id={Uri.EscapeDataString(s.ContentItemId)}", label, 1, [s.SubmittedBy], [], Correct)));
        }

        return lines;
    }

    private static readonly string[] Correct = ["Corriger et soumettre à nouveau"];

    /// <summary>Every account holding a role and not locked, with its roles: who might act.</summary>
    private async Task<IReadOnlyList<StaffMember>> StaffAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from ur in db.UserRoles.AsNoTracking()
            join u in db.Users.AsNoTracking() on ur.UserId equals u.Id
            join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
            select new { u.UserName, u.LockoutEnd, Role = r.Name }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Where(r => r.UserName is not null && r.Role is not null && !(r.LockoutEnd > now))
            .GroupBy(r => r.UserName!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new StaffMember(g.Key, [.. g.Select(r => r.Role!)]))
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    /// <summary>How the back office names a submission.</summary>
    private string TitleOf(WorkflowSubmission submission) =>
        $"{types.CapitalizedLabelOf(submission.ContentType)} : {submission.DisplayText} (version {submission.Version})";
}
