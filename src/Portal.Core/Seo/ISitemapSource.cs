namespace Portal.Core.Seo;

/// <summary>A module's public addresses for <c>sitemap.xml</c>; published content only.</summary>
public interface ISitemapSource
{
    IAsyncEnumerable<SitemapEntry> GetEntriesAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A site-relative address and when its content last changed; a <paramref name="Title"/> puts it on the HTML site map
/// too (the pages a reader looks for: home, lists, processes, free pages — not every proposition).
/// </summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc, string? Title = null);
