namespace Portal.Search.Queue;

/// <summary>
/// How far one node's index has applied the queue, reported by the node itself, so the tasks every
/// node has applied can be pruned. A node silent for longer than the retention is considered gone.
/// </summary>
public sealed class SearchIndexNode
{
    /// <summary>The name kept inside the node's index (<see cref="Indexing.LuceneIndex.NodeId"/>).</summary>
    public required string NodeId { get; set; }

    public long Checkpoint { get; set; }

    public DateTime SeenUtc { get; set; }
}
