namespace Portal.Search.Queue;

/// <summary>
/// One change the search index must apply, written in the publication's transaction. Tasks are never
/// updated: each node remembers the last id it applied, so any number of nodes can follow the queue.
/// </summary>
public sealed class SearchIndexTask
{
    public long Id { get; set; }

    public required string ContentItemId { get; set; }

    public required string ProcessId { get; set; }

    public SearchIndexTaskKind Kind { get; set; }

    public DateTime CreatedUtc { get; set; }
}

public enum SearchIndexTaskKind
{
    Publish = 1,
    Unpublish = 2,
}
