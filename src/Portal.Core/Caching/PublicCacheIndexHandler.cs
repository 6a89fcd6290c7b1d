using Portal.Core.Content;

namespace Portal.Core.Caching;

/// <summary>
/// Every publication or unpublication makes its process's pages and the lists stale; an item outside any
/// process (a free page) may show anywhere, so it makes the whole site stale. Evicted after commit.
/// </summary>
internal sealed class PublicCacheIndexHandler(PublicCacheEvictions evictions) : IContentIndexHandler
{
    public bool Handles(string contentType) => true;

    public Task PublishedAsync(ContentIndexContext context, CancellationToken cancellationToken) => StaleAsync(context, cancellationToken);

    public Task UnpublishedAsync(ContentIndexContext context, CancellationToken cancellationToken) => StaleAsync(context, cancellationToken);

    private Task StaleAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string[] tags = context.Version.ProcessId is { } processId
            ? [PublicCache.ProcessTag(processId), PublicCache.ListsTag]
            : [PublicCache.SiteTag];
        return evictions.AfterCommitAsync(context.Db, tags, cancellationToken);
    }
}
