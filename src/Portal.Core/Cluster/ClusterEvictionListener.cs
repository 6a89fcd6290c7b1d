using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Portal.Core.Caching;

namespace Portal.Core.Cluster;

/// <summary>
/// Listens for the other nodes' evictions (<see cref="ClusterEvictions"/>) and applies them to this node's cache,
/// as if they had been made here: the eviction sequence moves on, so this node's ETags change and a render that
/// read the old state is not stored. Notifications sent while this node was not listening are lost: after every
/// (re)connection the whole cache is evicted once.
/// </summary>
internal sealed partial class ClusterEvictionListener(ClusterDatabase database, ClusterEvictions evictions, PublicCache cache, TimeProvider clock, ILogger<ClusterEvictionListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once this node first hears the others (tests wait for it before changing anything).</summary>
    internal Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsShared)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The listener must survive a database restart; it reconnects.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogLost(logger, exception);
            }

            try
            {
                await Task.Delay(RetryDelay, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = database.Dedicated();
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) => Received(notification.Payload);
        await using (var listen = new NpgsqlCommand("LISTEN " + ClusterEvictions.Channel, connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Whatever changed before this LISTEN was not heard: start from an empty cache.
        await cache.EvictHereAsync([PublicCache.SiteTag], stoppingToken);
        _listening.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private void Received(string payload)
    {
        var (nodeId, tags) = ClusterEvictions.Parse(payload);
        if (nodeId != evictions.NodeId)
        {
            // The in-memory store evicts synchronously, on this notification's thread.
            cache.EvictHereAsync(tags).GetAwaiter().GetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Écoute des invalidations des autres nœuds interrompue ; reconnexion.")]
    private static partial void LogLost(ILogger logger, Exception exception);
}
