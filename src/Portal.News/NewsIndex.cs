using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.News;

/// <summary>Published news items, for the lists, the home page, a process's page, the feeds and the site map.</summary>
public sealed class NewsIndex
{
    public required string ContentItemId { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The process the item belongs to, or null for the site's own news.</summary>
    public string? ProcessId { get; set; }

    public string? ImageId { get; set; }

    public string? ImageAlt { get; set; }

    public DateTime PublishedUtc { get; set; }
}

internal sealed class NewsModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder, DatabaseEngine engine) =>
        modelBuilder.Entity<NewsIndex>(e =>
        {
            e.ToTable("NewsIndex");
            e.HasKey(n => n.ContentItemId);
            e.Property(n => n.ContentItemId).HasMaxLength(200);
            e.Property(n => n.Slug).HasMaxLength(200);
            e.Property(n => n.Title).HasMaxLength(500);
            e.Property(n => n.ProcessId).HasMaxLength(200);
            e.Property(n => n.ImageId).HasMaxLength(64);
            e.Property(n => n.ImageAlt).HasMaxLength(500);
            e.HasIndex(n => n.Slug).IsUnique();
            e.HasIndex(n => new { n.Date, n.PublishedUtc });
            e.HasIndex(n => n.ProcessId);
        });
}

internal sealed class NewsIndexHandler(ContentTypeRegistry registry) : ContentIndexHandler<NewsItem>(registry)
{
    protected override async Task PublishedAsync(PortalDbContext db, ContentItemVersion version, NewsItem content, CancellationToken cancellationToken)
    {
        var row = await db.Set<NewsIndex>().SingleOrDefaultAsync(n => n.ContentItemId == version.ContentItemId, cancellationToken);
        if (row is null)
        {
            row = new NewsIndex { ContentItemId = version.ContentItemId, Slug = content.Slug, Title = content.Title, Summary = content.Summary };
            db.Add(row);
        }

        row.Slug = content.Slug;
        row.Title = content.Title;
        row.Summary = content.Summary;
        row.Date = content.Date;
        row.ProcessId = version.ProcessId;
        row.ImageId = content.ImageId;
        row.ImageAlt = content.ImageAlt;
        row.PublishedUtc = version.PublishedUtc ?? version.ModifiedUtc;
    }

    protected override Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken) =>
        db.Set<NewsIndex>().Where(n => n.ContentItemId == version.ContentItemId).ExecuteDeleteAsync(cancellationToken);
}
