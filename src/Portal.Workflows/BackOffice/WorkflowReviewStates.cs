using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Workflows.Definitions;
using Portal.Workflows.Publication;

namespace Portal.Workflows.BackOffice;

/// <summary>
/// The back office's words for frozen drafts, from the workflow that froze them: the state of the submission that
/// follows the version (labels from the workflow definition), else sent back (the latest) or withdrawn (an older one).
/// </summary>
internal sealed class WorkflowReviewStates(PortalDbContext db, WorkflowStore definitions) : IReviewStates
{
    public async Task<IReadOnlyDictionary<VersionKey, ReviewState>> StatesAsync(IReadOnlyCollection<ContentItemVersion> versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var frozen = versions.Where(v => v is { Frozen: true, Status: ContentStatus.Draft }).ToList();
        var workflow = frozen.Count == 0 ? null : await definitions.GetAsync(cancellationToken: cancellationToken);
        if (workflow is null)
        {
            return new Dictionary<VersionKey, ReviewState>();
        }

        var active = new Dictionary<VersionKey, string>();
        foreach (var chunk in frozen.Select(v => v.ContentItemId).Distinct(StringComparer.Ordinal).Chunk(ContentBatch.ChunkSize))
        {
            var rows = await db.Set<WorkflowSubmission>().AsNoTracking()
                .Where(s => s.Active && chunk.Contains(s.ContentItemId)).Select(s => new { s.ContentItemId, s.Version, s.State })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                active[new VersionKey(row.ContentItemId, row.Version)] = workflow.HasState(row.State) ? workflow.State(row.State).Label : row.State;
            }
        }

        var initial = workflow.State(workflow.Definition.InitialState).Label;
        var labels = new Dictionary<VersionKey, ReviewState>();
        foreach (var version in frozen)
        {
            var key = new VersionKey(version.ContentItemId, version.Version);
            labels[key] = active.TryGetValue(key, out var label) ? new ReviewState(label, Open: true)
                : new ReviewState(version.Latest ? $"{initial} (renvoyé avec commentaires)" : "Retiré (modifié après soumission)", Open: false);
        }

        return labels;
    }
}
