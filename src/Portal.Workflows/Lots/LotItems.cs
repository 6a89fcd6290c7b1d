using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Workflows.Lots;

/// <summary>
/// The items of a lot: which versions may go in, their submission records, and the content effect of the lot's
/// moves on all of them, chunk by chunk in the caller's transaction.
/// </summary>
public sealed class LotItems(PortalDbContext db, ContentBatch batch, VersionWriters writers)
{
    private const int ChunkSize = ContentBatch.ChunkSize;

    /// <summary>The versions of a lot in the making: the selection, each still the draft the page showed, or every draft of the process.</summary>
    internal async Task<(IReadOnlyList<LotCandidate> Versions, string? Problem)> CandidatesAsync(NewLot request, CancellationToken cancellationToken)
    {
        var free = db.ContentItemVersions.AsNoTracking()
            .Where(v => v.Latest && v.Status == ContentStatus.Draft)
            .Where(v => !db.Set<WorkflowSubmission>().Any(s => s.Active && s.ContentItemId == v.ContentItemId && s.Version == v.Version));
        if (request.ProcessId is { } processId)
        {
            free = free.Where(v => v.ProcessId == processId);
        }

        if (request.Selection is null)
        {
            if (request.ProcessId is null)
            {
                return ([], "Choisissez les éléments du lot, ou la démarche dont tous les brouillons partent ensemble.");
            }

            var drafts = await Project(free.OrderBy(v => v.ContentItemId)).ToListAsync(cancellationToken);
            return drafts.Count == 0 ? ([], "Aucun brouillon à soumettre : tout est déjà publié ou en cours de validation.") : (drafts, null);
        }

        var selection = request.Selection.DistinctBy(k => k.ContentItemId).ToList();
        if (selection.Count == 0)
        {
            return ([], "Cochez au moins un élément.");
        }

        var found = new List<LotCandidate>(selection.Count);
        var stale = new List<string>();
        foreach (var chunk in selection.Chunk(ChunkSize))
        {
            var ids = chunk.Select(k => k.ContentItemId).ToList();
            var rows = await Project(free.Where(v => ids.Contains(v.ContentItemId))).ToDictionaryAsync(c => c.ContentItemId, cancellationToken);
            foreach (var key in chunk)
            {
                if (rows.TryGetValue(key.ContentItemId, out var row) && row.Version == key.Version)
                {
                    found.Add(row);
                }
                else
                {
                    stale.Add(row?.DisplayText ?? key.ContentItemId);
                }
            }
        }

        return stale.Count == 0 ? (found, null)
            : ([], $"{stale.Count} élément(s) coché(s) ont changé, sont déjà soumis ou ne sont plus des brouillons depuis l'affichage de la page "
                + $"({string.Join(", ", stale.Take(5).Select(s => $"« {s} »"))}{(stale.Count > 5 ? "…" : string.Empty)}) : rien n'a été soumis. Rechargez la page.");
    }

    /// <summary>Opens one submission record per version, carried by the lot (the database refuses a version already travelling).</summary>
    internal async Task AddAsync(PublicationLot lot, IReadOnlyList<LotCandidate> versions, CancellationToken cancellationToken)
    {
        foreach (var chunk in versions.Chunk(ChunkSize))
        {
            foreach (var version in chunk)
            {
                db.Add(new WorkflowSubmission
                {
                    Workflow = lot.Workflow,
                    LotId = lot.Id,
                    ContentItemId = version.ContentItemId,
                    Version = version.Version,
                    ContentType = version.ContentType,
                    ProcessId = version.ProcessId,
                    DisplayText = version.DisplayText,
                    State = lot.State,
                    Active = true,
                    SubmittedBy = lot.SubmittedBy,
                    SubmittedUtc = lot.SubmittedUtc,
                    StateSinceUtc = lot.SubmittedUtc,
                    ConcurrencyStamp = NewStamp(),
                });
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The versions the lot carries, in a stable order.</summary>
    public Task<List<VersionKey>> VersionsAsync(long lotId, CancellationToken cancellationToken = default) =>
        db.Set<WorkflowSubmission>().AsNoTracking().Where(s => s.LotId == lotId && s.Active).OrderBy(s => s.Id)
            .Select(s => new VersionKey(s.ContentItemId, s.Version)).ToListAsync(cancellationToken);

    /// <summary>
    /// The content effect of entering a phase, on every version of the lot: texts going to review are frozen, a
    /// publication publishes them all (each written down as <paramref name="entry"/>). Approving or sending back
    /// changes only the submissions' state.
    /// </summary>
    internal async Task<BatchResult> ApplyAsync(PublicationLot lot, WorkflowPhase phase, string actor, PublicationEntry entry, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(lot.Id, cancellationToken);
        var result = phase switch
        {
            WorkflowPhase.Draft or WorkflowPhase.Approved => BatchResult.Ok(versions.Count),
            WorkflowPhase.Review => await batch.FreezeAsync(versions, cancellationToken),
            WorkflowPhase.Published => await batch.PublishAsync(versions, actor, entry, progress, cancellationToken),
            _ => BatchResult.Failed(ContentOutcome.InvalidState, lot.Name),
        };
        progress?.Report(versions.Count);
        return result;
    }

    /// <summary>Moves every item's submission record with the lot, each with its own action (its history and any comment on it).</summary>
    internal async Task MoveAsync(PublicationLot lot, LotAction action, IReadOnlyDictionary<string, string> itemComments, bool active, CancellationToken cancellationToken)
    {
        var lotComment = $"Lot « {lot.Name} »" + (action.Comment is { } comment ? $" : {comment}" : string.Empty);
        long last = 0;
        while (true)
        {
            var chunk = await db.Set<WorkflowSubmission>()
                .Where(s => s.LotId == lot.Id && s.Active && s.Id > last).OrderBy(s => s.Id).Take(ChunkSize).ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                return;
            }

            foreach (var submission in chunk)
            {
                var text = itemComments.TryGetValue(submission.ContentItemId, out var own) ? $"{lotComment}\nSur cet élément : {own}" : lotComment;
                db.Add(new WorkflowAction
                {
                    Submission = submission,
                    Round = submission.Round,
                    Transition = action.Transition,
                    FromState = submission.State,
                    ToState = action.ToState,
                    Actor = action.Actor,
                    Utc = action.Utc,
                    Comment = text.Length <= 4000 ? text : text[..4000],
                    Completed = true,
                });
                submission.MoveTo(action.ToState, action.Utc, active);
                submission.ConcurrencyStamp = NewStamp();
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            last = chunk[^1].Id;
        }
    }

    /// <summary>Every account that wrote any part of any version of the lot: none of them reviews it.</summary>
    public async Task<IReadOnlySet<string>> WritersAsync(long lotId, CancellationToken cancellationToken = default)
    {
        var all = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in (await VersionsAsync(lotId, cancellationToken)).Chunk(ChunkSize))
        {
            foreach (var names in (await writers.OfAsync([.. chunk.Select(k => (k.ContentItemId, k.Version))], cancellationToken)).Values)
            {
                all.UnionWith(names);
            }
        }

        return all;
    }

    internal async Task<bool> WrittenByAsync(long lotId, string name, CancellationToken cancellationToken) =>
        (await WritersAsync(lotId, cancellationToken)).Contains(name);

    private static IQueryable<LotCandidate> Project(IQueryable<ContentItemVersion> versions) =>
        versions.Select(v => new LotCandidate(v.ContentItemId, v.Version, v.ContentType, v.DisplayText, v.ProcessId));

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}

/// <summary>A version that may join a lot, without its content.</summary>
internal sealed record LotCandidate(string ContentItemId, int Version, string ContentType, string DisplayText, string? ProcessId);
