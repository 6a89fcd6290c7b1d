using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Caching;
using Portal.Search.Queue;

namespace Portal.Search.Indexing;

/// <summary>
/// Keeps this node's index current: catches up at start, then polls the shared queue, and catches up at once
/// when a publication is evicted from the public cache, here or on another node (<see cref="ContentChangeSignal"/>);
/// every hour it also prunes the tasks all nodes have applied.
/// </summary>
internal sealed partial class SearchIndexerService(
    SearchIndexer indexer, SearchQueuePruner pruner, ContentChangeSignal changes, Portal.Core.Jobs.BackgroundStart start, TimeProvider clock, ILogger<SearchIndexerService> logger)
    : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await start.WaitAsync(stoppingToken))
        {
            return;
        }

        DateTimeOffset? pruned = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Read before catching up: a change committed while catching up still wakes the next round.
            var changed = changes.Next;
            try
            {
                await indexer.CatchUpAsync(stoppingToken);
                if (pruned is null || clock.GetUtcNow() - pruned >= PruneInterval)
                {
                    pruned = clock.GetUtcNow();
                    await pruner.PruneAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must survive a database hiccup; the next poll retries.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogFailure(logger, exception);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(changed, Task.Delay(PollInterval, clock, wait.Token));
            await wait.CancelAsync();
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexation de la recherche en échec ; nouvel essai au prochain passage.")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
