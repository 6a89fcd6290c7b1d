using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Workflows.BackOffice;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Workflows.Definitions;
using Portal.Workflows.Lots;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Pages.Admin.Validation;

/// <summary>
/// The reviewers' inbox: what waits for this person (to validate or send back for COPIL members, to publish for
/// editors), oldest first; and, for authors, where their own submissions stand.
/// </summary>
[Authorize(Policy = Permissions.AccessBackOffice)]
public sealed class IndexModel(WorkflowQueries workflow, WorkflowStore definitions, PublicationWorkflow actions, LotQueries lots, LotWorkflow lotActions, PortalDbContext db) : PageModel
{
    /// <summary>What a batch action did, one French line per submission that could not be handled.</summary>
    public IReadOnlyList<string> BatchReport { get; private set; } = [];

    public bool BatchSucceeded { get; private set; }

    public IReadOnlyList<InboxEntry> Waiting { get; private set; } = [];

    /// <summary>The lots waiting for this person: one line each, whatever their size.</summary>
    public IReadOnlyList<LotView> WaitingLots { get; private set; } = [];

    public IReadOnlyList<AuthorSubmission> Mine { get; private set; } = [];

    public IReadOnlyDictionary<string, string> ProcessNames { get; private set; } = new Dictionary<string, string>();

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>
    /// Takes one transition (one that needs no comment and no date, such as « Valider ») on every ticked submission,
    /// each on its own: a refusal or a conflict on one does not undo the others, and is reported by name.
    /// </summary>
    public async Task OnPostBatchAsync(string transition, [FromForm(Name = "selection")] string[] selection, CancellationToken cancellationToken)
    {
        var me = StaffMembers.From(User);
        var requests = new List<(string, WorkflowRequest)>();
        foreach (var ticked in selection ?? [])
        {
            // Each box carries « item|version|stamp »: what the reviewer saw, so a changed submission is a conflict.
            var parts = ticked.Split('|', 3);
            if (parts.Length == 3 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var version))
            {
                requests.Add(($"{parts[0]} (version {version})", new WorkflowRequest(parts[0], version, transition, me, parts[2])));
            }
        }

        var (done, refusals) = await actions.TakeEachAsync(requests, cancellationToken);
        BatchSucceeded = refusals.Count == 0 && done > 0;
        BatchReport = [done == 0 && refusals.Count == 0 ? "Cochez au moins une soumission." : $"{done} action(s) prise(s).", .. refusals];
        await LoadAsync(cancellationToken);
    }

    /// <summary>
    /// Takes one transition (needing no comment and no date) on every ticked lot, each on its own and under the same
    /// rules as on the lot's page; refusals are reported by lot name.
    /// </summary>
    public async Task OnPostLotsAsync(string transition, [FromForm(Name = "lots")] string[] ticked, CancellationToken cancellationToken)
    {
        var me = StaffMembers.From(User);
        var done = 0;
        var refusals = new List<string>();
        foreach (var box in ticked ?? [])
        {
            // Each box carries « lot|stamp »: the lot as the reviewer saw it.
            var parts = box.Split('|', 2);
            if (parts.Length != 2 || !long.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            var outcome = await lotActions.TakeAsync(new LotRequest(id, transition, me, parts[1]), cancellationToken: cancellationToken);
            if (outcome.Succeeded)
            {
                done++;
            }
            else
            {
                refusals.Add($"Lot n° {id} : {outcome.Message}");
            }
        }

        BatchSucceeded = refusals.Count == 0 && done > 0;
        BatchReport = [done == 0 && refusals.Count == 0 ? "Cochez au moins un lot." : $"{done} lot(s) traité(s).", .. refusals];
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = StaffMembers.From(User);
        Waiting = await workflow.InboxAsync(me, cancellationToken);
        WaitingLots = await lots.InboxAsync(me, cancellationToken);
        Mine = await ByAuthorAsync(me.Name, cancellationToken);
        var ids = Waiting.Select(w => w.Submission.ProcessId).Concat(Mine.Select(m => m.Submission.ProcessId)).OfType<string>().Distinct().ToList();
        ProcessNames = await db.ContentItemVersions.AsNoTracking()
            .Where(v => ids.Contains(v.ContentItemId) && v.Latest)
            .ToDictionaryAsync(v => v.ContentItemId, v => v.DisplayText, cancellationToken);
    }

    /// <summary>Transitions a batch may take: offered on some waiting submission, with neither comment nor date to give.</summary>
    public IReadOnlyList<Portal.Workflows.Definitions.WorkflowTransition> BatchTransitions =>
        [.. Waiting.SelectMany(w => w.Available).Where(t => !t.CommentRequired && !t.Scheduled).DistinctBy(t => t.Key)];

    /// <summary>The same, for the waiting lots.</summary>
    public IReadOnlyList<Portal.Workflows.Definitions.WorkflowTransition> LotTransitions =>
        [.. WaitingLots.SelectMany(w => w.Available).Where(t => !t.CommentRequired && !t.Scheduled).DistinctBy(t => t.Key)];

    public string ProcessOf(WorkflowSubmission submission) =>
        submission.ProcessId is { } id && ProcessNames.TryGetValue(id, out var name) ? name : "—";

    /// <summary>This author's 20 most recent submissions and where each stands, with the last decision of someone else.</summary>
    private async Task<IReadOnlyList<AuthorSubmission>> ByAuthorAsync(string author, CancellationToken cancellationToken)
    {
        var workflow = await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return [];
        }

        var submissions = await db.Set<WorkflowSubmission>().AsNoTracking()
            .Where(s => s.SubmittedBy == author).OrderByDescending(s => s.Id).Take(20).ToListAsync(cancellationToken);
        var ids = submissions.Select(s => s.Id).ToList();
        var decisions = await db.Set<WorkflowAction>().AsNoTracking()
            .Where(a => ids.Contains(a.SubmissionId) && a.Completed && a.Actor != author).ToListAsync(cancellationToken);
        return [.. submissions.Select(s => new AuthorSubmission(
            s,
            workflow.HasState(s.State) ? workflow.State(s.State).Label : s.State,
            decisions.Where(a => a.SubmissionId == s.Id).MaxBy(a => a.Id)))];
    }
}

/// <summary>One of the author's submissions, its state in words, and the last decision on it.</summary>
public sealed record AuthorSubmission(WorkflowSubmission Submission, string StateLabel, WorkflowAction? LastDecision);
