using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Keeps a module's typed index tables in step with publication. Called inside the
/// publication's transaction, so an index row exists exactly when its version is published.
/// </summary>
public interface IContentIndexHandler
{
    bool Handles(string contentType);

    Task PublishedAsync(ContentIndexContext context, CancellationToken cancellationToken);

    Task UnpublishedAsync(ContentIndexContext context, CancellationToken cancellationToken);
}

/// <summary>What an index handler gets: the open database context, the version and its typed content.</summary>
public sealed record ContentIndexContext(PortalDbContext Db, ContentItemVersion Version, object Content);

/// <summary>An index handler for one content record type.</summary>
public abstract class ContentIndexHandler<TContent> : IContentIndexHandler
    where TContent : class
{
    private readonly string _contentType;

    protected ContentIndexHandler(ContentTypeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _contentType = registry.NameOf<TContent>();
    }

    public bool Handles(string contentType) => contentType == _contentType;

    public Task PublishedAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PublishedAsync(context.Db, context.Version, (TContent)context.Content, cancellationToken);
    }

    public Task UnpublishedAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return UnpublishedAsync(context.Db, context.Version, cancellationToken);
    }

    protected abstract Task PublishedAsync(PortalDbContext db, ContentItemVersion version, TContent content, CancellationToken cancellationToken);

    protected abstract Task UnpublishedAsync(PortalDbContext db, ContentItemVersion version, CancellationToken cancellationToken);
}
