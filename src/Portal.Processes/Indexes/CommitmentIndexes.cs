using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;

namespace Portal.Processes.Indexes;

/// <summary>
/// Keeps the commitment rows of one published response, and the updates of one published follow-up: each item writes
/// only its own rows, so a response and its follow-ups may be published in any order (a lot publishes them together).
/// </summary>
internal static class CommitmentIndexes
{
    public static async Task ReplaceAsync(PortalDbContext db, ContentItemVersion version, IReadOnlyList<Commitment> commitments, CancellationToken cancellationToken)
    {
        await db.Set<CommitmentIndex>().Where(c => c.ResponseId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(commitments.Select((c, i) => new CommitmentIndex
        {
            ProcessId = version.ProcessId!, PropositionId = version.ContainerId!, ResponseId = version.ContentItemId,
            Rank = i + 1, Deadline = c.Deadline, State = c.State,
        }));
    }

    public static async Task ReplaceAsync(PortalDbContext db, ContentItemVersion version, FollowUp followUp, CancellationToken cancellationToken)
    {
        await db.Set<CommitmentUpdateIndex>().Where(u => u.FollowUpId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
        db.AddRange((followUp.Commitments ?? []).Select(u => new CommitmentUpdateIndex
        {
            ProcessId = version.ProcessId!, PropositionId = version.ContainerId!, FollowUpId = version.ContentItemId,
            Rank = u.Engagement, Date = followUp.Date, State = u.State,
        }));
    }
}
