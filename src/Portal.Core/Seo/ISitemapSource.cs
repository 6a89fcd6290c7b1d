namespace Portal.Core.Seo;

/// <summary>A module's public addresses for <c>sitemap.xml</c>; published content only.</summary>
public interface ISitemapSource
{
    IAsyncEnumerable<SitemapEntry> GetEntriesAsync(CancellationToken cancellationToken);
}

/// <summary>A site-relative address and when its content last changed.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc);
