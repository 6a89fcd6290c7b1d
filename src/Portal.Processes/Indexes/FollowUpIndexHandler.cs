using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;

namespace Portal.Processes.Indexes;

internal sealed class FollowUpIndexHandler(ContentTypeRegistry registry) : ContentIndexHandler<FollowUp>(registry)
{
    protected override async Task PublishedAsync(PortalDbContext db, ContentItemVersion version, FollowUp content, CancellationToken cancellationToken)
    {
        var row = await db.Set<FollowUpIndex>().SingleOrDefaultAsync(f => f.ContentItemId == version.ContentItemId, cancellationToken);
        if (row is null)
        {
            row = new FollowUpIndex { ContentItemId = version.ContentItemId, ProcessId = version.ProcessId!, PropositionId = version.ContainerId!, Status = content.Status };
            db.Add(row);
        }

        row.Date = content.Date;
        row.Status = content.Status;
        await CommitmentIndexes.ReplaceAsync(db, version, content, cancellationToken);
    }

    protected override async Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken)
    {
        await db.Set<FollowUpIndex>().Where(f => f.ContentItemId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CommitmentUpdateIndex>().Where(u => u.FollowUpId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
    }
}
