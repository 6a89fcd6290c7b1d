using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;

namespace Portal.Processes.Indexes;

internal sealed class PropositionIndexHandler(ContentTypeRegistry registry) : ContentIndexHandler<Proposition>(registry)
{
    protected override async Task PublishedAsync(PortalDbContext db, ContentItemVersion version, Proposition content, CancellationToken cancellationToken)
    {
        var row = await db.Set<PropositionIndex>().SingleOrDefaultAsync(p => p.ContentItemId == version.ContentItemId, cancellationToken);
        if (row is null)
        {
            row = new PropositionIndex { ContentItemId = version.ContentItemId, ProcessId = version.ProcessId!, Code = content.Code, Title = content.Title, Theme = content.Theme };
            db.Add(row);
        }

        row.Code = content.Code;
        row.Title = content.Title;
        row.Theme = content.Theme;
        row.Order = content.Order;
        row.Referral = content.Referral;
        row.PublishedUtc = version.PublishedUtc ?? version.ModifiedUtc;
    }

    protected override Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken) =>
        db.Set<PropositionIndex>().Where(p => p.ContentItemId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
}
