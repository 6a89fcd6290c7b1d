using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Processes.Content;
using Portal.Processes.Organisations;

namespace Portal.Search.Indexing;

/// <summary>
/// Reads the published state of one process from the database and turns it into search documents.
/// Only published versions are read, and nothing of a process whose root is not published.
/// </summary>
public sealed class SearchDocumentBuilder(PortalDbContext db, ContentTypeRegistry types)
{
    public async Task<IReadOnlyList<SearchDocument>> BuildAsync(string processId, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItemVersions.AsNoTracking()
            .Where(v => v.ProcessId == processId && v.Published)
            .ToListAsync(cancellationToken);
        var items = versions.Select(v => new PublishedItem(v, types.Deserialize(v.ContentType, v.Data))).ToList();
        var root = items.FirstOrDefault(i => i.Version.ContentItemId == processId && i.Content is Process);
        if (root is null)
        {
            return [];
        }

        var organisation = await (
            from owner in db.Set<OrganisationProcess>().AsNoTracking()
            where owner.ProcessId == processId
            join o in db.Set<Organisation>().AsNoTracking() on owner.OrganisationId equals o.Id
            select o.Slug).SingleOrDefaultAsync(cancellationToken);
        return [.. ProcessDocuments.Build(processId, (Process)root.Content, items).Select(d => d with { Organisation = organisation })];
    }

    /// <summary>The ids of every process with a published root, for a full rebuild.</summary>
    public Task<List<string>> PublishedProcessIdsAsync(CancellationToken cancellationToken) =>
        db.ContentItemVersions.AsNoTracking()
            .Where(v => v.Published && v.ProcessId == v.ContentItemId)
            .OrderBy(v => v.Id)
            .Select(v => v.ContentItemId)
            .ToListAsync(cancellationToken);
}

/// <summary>A published version with its typed content.</summary>
internal sealed record PublishedItem(ContentItemVersion Version, object Content);
