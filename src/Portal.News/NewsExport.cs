using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.News;

/// <summary>
/// The published news as a <c>news</c> recipe step: what <see cref="NewsRecipeStep"/> loads, field for field, so that a
/// site's news move to another site (or back) unchanged.
/// </summary>
public sealed class NewsExport(PortalDbContext db, ContentStore store)
{
    public async Task<NewsRecipeStep.NewsStep> ExportAsync(CancellationToken cancellationToken)
    {
        var type = store.Types.NameOf<NewsItem>();
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ContentType == type && v.Published).OrderBy(v => v.ContentItemId).ToListAsync(cancellationToken);
        return new NewsRecipeStep.NewsStep("news", [.. versions.Select(v => new NewsRecipeStep.NewsEntry(
            v.ContentItemId.StartsWith(NewsRecipeStep.IdPrefix, StringComparison.Ordinal) ? v.ContentItemId[NewsRecipeStep.IdPrefix.Length..] : v.ContentItemId,
            store.Read<NewsItem>(v),
            v.ProcessId))]);
    }
}
