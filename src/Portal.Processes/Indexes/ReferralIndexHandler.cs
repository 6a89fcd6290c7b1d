using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Public;

namespace Portal.Processes.Indexes;

/// <summary>Writes the response clock's starting points from the published citizens' opinion.</summary>
internal sealed class ReferralIndexHandler(ContentTypeRegistry registry) : ContentIndexHandler<CitizensOpinion>(registry)
{
    protected override async Task PublishedAsync(PortalDbContext db, ContentItemVersion version, CitizensOpinion content, CancellationToken cancellationToken)
    {
        await UnpublishedAsync(db, version, cancellationToken);
        foreach (var row in ResponseStarts.Of(content))
        {
            row.ProcessId = version.ProcessId!;
            db.Add(row);
        }
    }

    protected override Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken) =>
        db.Set<ReferralIndex>().Where(r => r.ProcessId == version.ProcessId).ExecuteDeleteAsync(cancellationToken);
}
