using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Text;
using Portal.Processes.Content;

namespace Portal.Processes.Indexes;

internal sealed class ResponseIndexHandler(ContentTypeRegistry registry) : ContentIndexHandler<Response>(registry)
{
    protected override async Task PublishedAsync(PortalDbContext db, ContentItemVersion version, Response content, CancellationToken cancellationToken)
    {
        var row = await db.Set<ResponseIndex>().SingleOrDefaultAsync(r => r.ContentItemId == version.ContentItemId, cancellationToken);
        if (row is null)
        {
            row = new ResponseIndex { ContentItemId = version.ContentItemId, ProcessId = version.ProcessId!, PropositionId = version.ContainerId!, Decision = content.Decision };
            row.RespondedOn = DateOnly.FromDateTime(French.ToParis(version.PublishedUtc ?? version.ModifiedUtc));
            db.Add(row);
        }

        // A corrected response keeps the day it was first answered, unless it states its own date.
        row.RespondedOn = content.RespondedOn ?? row.RespondedOn;
        row.Decision = content.Decision;
        row.PublishedUtc = version.PublishedUtc ?? version.ModifiedUtc;
        await CommitmentIndexes.ReplaceAsync(db, version, content.Commitments, cancellationToken);
    }

    protected override async Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken)
    {
        await db.Set<ResponseIndex>().Where(r => r.ContentItemId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CommitmentIndex>().Where(c => c.ResponseId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
    }
}
