namespace Portal.Search.Queue;

/// <summary>
/// The single row saying up to which task id the queue was pruned. A node whose checkpoint is below it
/// may have missed pruned tasks (a new node, one long stopped): it rebuilds its index from the database.
/// </summary>
public sealed class SearchQueuePruning
{
    public const int SingleId = 1;

    public int Id { get; set; }

    public long PrunedThroughId { get; set; }
}
