using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;

namespace Portal.Processes.Indexes;

internal sealed class ProcessIndexHandler(ContentTypeRegistry registry) : ContentIndexHandler<Process>(registry)
{
    protected override async Task PublishedAsync(PortalDbContext db, ContentItemVersion version, Process content, CancellationToken cancellationToken)
    {
        var row = await db.Set<ProcessIndex>().Include(p => p.Themes)
            .SingleOrDefaultAsync(p => p.ContentItemId == version.ContentItemId, cancellationToken);
        if (row is null)
        {
            row = new ProcessIndex { ContentItemId = version.ContentItemId, Slug = content.Slug, Title = content.Title, Summary = content.Summary, Organiser = content.Organiser, Territory = content.Territory };
            db.Add(row);
        }

        row.Slug = content.Slug;
        row.Title = content.Title;
        row.Summary = content.Summary;
        row.Organiser = content.Organiser;
        row.Territory = content.Territory;
        row.StartDate = content.StartDate;
        row.EndDate = content.EndDate;
        row.Year = content.StartDate.Year;
        row.IsDemo = content.IsDemo;
        row.HasParticipation = content.Participation is not null;
        row.RegistrationDeadline = content.Participation?.RegistrationDeadline;
        row.PublishedUtc = version.PublishedUtc ?? version.ModifiedUtc;
        row.Themes.Clear();
        row.Themes.AddRange(content.Themes.Distinct(StringComparer.Ordinal)
            .Select(theme => new ProcessThemeIndex { ProcessId = version.ContentItemId, Theme = theme }));
    }

    protected override Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken) =>
        db.Set<ProcessIndex>().Where(p => p.ContentItemId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
}
