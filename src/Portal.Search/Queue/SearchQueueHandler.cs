using Portal.Core.Content;

namespace Portal.Search.Queue;

/// <summary>
/// Queues an indexing task for every publication or unpublication of process content. Runs inside the
/// publication's transaction: the task exists exactly when the change was committed.
/// </summary>
internal sealed class SearchQueueHandler(TimeProvider clock) : IContentIndexHandler
{
    // Every item of a process may change what search shows (a response changes its proposition's decision).
    public bool Handles(string contentType) => true;

    public Task PublishedAsync(ContentIndexContext context, CancellationToken cancellationToken) =>
        Queue(context, SearchIndexTaskKind.Publish);

    public Task UnpublishedAsync(ContentIndexContext context, CancellationToken cancellationToken) =>
        Queue(context, SearchIndexTaskKind.Unpublish);

    private Task Queue(ContentIndexContext context, SearchIndexTaskKind kind)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Version.ProcessId is { } processId)
        {
            context.Db.Add(new SearchIndexTask
            {
                ContentItemId = context.Version.ContentItemId,
                ProcessId = processId,
                Kind = kind,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            });
        }

        return Task.CompletedTask;
    }
}
