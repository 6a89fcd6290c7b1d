using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Processes.Indexes;

namespace Portal.Processes.Public;

/// <summary>
/// What other modules may ask about published processes, without reading the module's index tables:
/// those stay the Processes module's own, free to change shape.
/// </summary>
public sealed class ProcessDirectory(PortalDbContext db)
{
    /// <summary>Published processes' titles by their public address (slug).</summary>
    public async Task<IReadOnlyDictionary<string, string>> TitlesBySlugAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ProcessIndex>().AsNoTracking().ToDictionaryAsync(p => p.Slug, p => p.Title, StringComparer.Ordinal, cancellationToken);

    /// <summary>The content item id of the published process at this address, or null.</summary>
    public Task<string?> IdOfSlugAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<ProcessIndex>().AsNoTracking().Where(p => p.Slug == slug).Select(p => (string?)p.ContentItemId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Every published process (its content item id, address, title and publication date), by address.</summary>
    public async Task<IReadOnlyList<PublishedProcess>> PublishedAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ProcessIndex>().AsNoTracking().OrderBy(p => p.Slug)
            .Select(p => new PublishedProcess(p.ContentItemId, p.Slug, p.Title, p.PublishedUtc)).ToListAsync(cancellationToken);
}

/// <summary>A published process as other modules list it.</summary>
public sealed record PublishedProcess(string Id, string Slug, string Title, DateTime PublishedUtc);
