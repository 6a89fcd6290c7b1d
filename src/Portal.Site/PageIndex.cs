using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Site;

/// <summary>Published free pages by address.</summary>
public sealed class PageIndex
{
    public required string ContentItemId { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public DateTime PublishedUtc { get; set; }
}

public sealed class SiteModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine) =>
        modelBuilder.Entity<PageIndex>(e =>
        {
            e.ToTable("PageIndex");
            e.HasKey(p => p.ContentItemId);
            e.Property(p => p.ContentItemId).HasMaxLength(200);
            e.Property(p => p.Slug).HasMaxLength(200);
            e.Property(p => p.Title).HasMaxLength(500);
            e.HasIndex(p => p.Slug).IsUnique();
        });
}

internal sealed class PageIndexHandler(ContentTypeRegistry registry) : ContentIndexHandler<FreePage>(registry)
{
    protected override async Task PublishedAsync(PortalDbContext db, ContentItemVersion version, FreePage content, CancellationToken cancellationToken)
    {
        var row = await db.Set<PageIndex>().SingleOrDefaultAsync(p => p.ContentItemId == version.ContentItemId, cancellationToken);
        if (row is null)
        {
            row = new PageIndex { ContentItemId = version.ContentItemId, Slug = content.Slug, Title = content.Title };
            db.Add(row);
        }

        row.Slug = content.Slug;
        row.Title = content.Title;
        row.PublishedUtc = version.PublishedUtc ?? version.ModifiedUtc;
    }

    protected override Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken) =>
        db.Set<PageIndex>().Where(p => p.ContentItemId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
}
