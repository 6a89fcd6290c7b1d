using Portal.Core.Seo;

namespace Portal.News.Public;

/// <summary>The news list and every published news item.</summary>
internal sealed class NewsSitemapSource(NewsReader reader) : ISitemapSource
{
    public async IAsyncEnumerable<SitemapEntry> GetEntriesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var items = await reader.LatestAsync(null, int.MaxValue, cancellationToken);
        yield return new SitemapEntry("/actualites", items.Count == 0 ? null : items.Max(n => n.PublishedUtc), "Actualités");
        foreach (var item in items)
        {
            yield return new SitemapEntry(item.Path, item.PublishedUtc);
        }
    }
}
