using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
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
            db.Add(row);
        }

        row.Decision = content.Decision;
        row.PublishedUtc = version.PublishedUtc ?? version.ModifiedUtc;
    }

    protected override Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken) =>
        db.Set<ResponseIndex>().Where(r => r.ContentItemId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
}
