using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Search.Queue;

/// <summary>Queues a search task for each process whose documents carry something that changed without a publication.</summary>
internal sealed class SearchReindexRequests(TimeProvider clock) : IProcessReindexRequests
{
    public void Queue(PortalDbContext db, IEnumerable<string> processIds)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(processIds);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var processId in processIds.Distinct(StringComparer.Ordinal))
        {
            // A process is rebuilt whole from its published state: the item named is the process itself.
            db.Add(new SearchIndexTask { ContentItemId = processId, ProcessId = processId, Kind = SearchIndexTaskKind.Publish, CreatedUtc = now });
        }
    }
}
