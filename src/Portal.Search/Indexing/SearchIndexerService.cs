using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Search.Indexing;

/// <summary>Keeps this node's index current: catches up at start, then polls the shared queue.</summary>
internal sealed partial class SearchIndexerService(SearchIndexer indexer, TimeProvider clock, ILogger<SearchIndexerService> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await indexer.CatchUpAsync(stoppingToken);
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

            try
            {
                await Task.Delay(PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexation de la recherche en échec ; nouvel essai au prochain passage.")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
