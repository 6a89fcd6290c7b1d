using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Processes.Public;

namespace Portal.News.Public;

/// <summary>A published news item as lists show it, with its process's address and title when it belongs to one.</summary>
public sealed record NewsSummary(string ContentItemId, string Slug, string Title, string Summary, DateOnly Date, string? ImageId, string? ImageAlt, DateTime PublishedUtc)
{
    public string Path => $"/actualites/{Slug}";
}

/// <summary>One page of the news list.</summary>
public sealed record NewsPage(IReadOnlyList<NewsSummary> Items, int Total, int Page, int PageCount);

/// <summary>Published news, read from the index table only (a draft has no row there), newest first.</summary>
public sealed class NewsReader(PortalDbContext db, ProcessDirectory processes)
{
    public const int PageSize = 10;

    public async Task<NewsPage> PageAsync(int page, CancellationToken cancellationToken)
    {
        var total = await db.Set<NewsIndex>().CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await Newest(db.Set<NewsIndex>()).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new NewsPage(items, total, page, pageCount);
    }

    /// <summary>The newest items: every one when <paramref name="processId"/> is null, else that process's.</summary>
    public Task<List<NewsSummary>> LatestAsync(string? processId, int count, CancellationToken cancellationToken)
    {
        var rows = db.Set<NewsIndex>().AsQueryable();
        if (processId is not null)
        {
            rows = rows.Where(n => n.ProcessId == processId);
        }

        return Newest(rows).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>The published item at this address and the process it belongs to (if that process is published).</summary>
    public async Task<(string ContentItemId, PublishedProcess? Process)?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.Set<NewsIndex>().AsNoTracking().SingleOrDefaultAsync(n => n.Slug == slug, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var process = row.ProcessId is null ? null : (await processes.PublishedAsync(cancellationToken)).FirstOrDefault(p => p.Id == row.ProcessId);
        return (row.ContentItemId, process);
    }

    private static IQueryable<NewsSummary> Newest(IQueryable<NewsIndex> rows) =>
        rows.AsNoTracking().OrderByDescending(n => n.Date).ThenByDescending(n => n.PublishedUtc).ThenBy(n => n.Slug)
            .Select(n => new NewsSummary(n.ContentItemId, n.Slug, n.Title, n.Summary, n.Date, n.ImageId, n.ImageAlt, n.PublishedUtc));
}
