using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Portal.Core.Cluster;

/// <summary>
/// Tells the other nodes which public cache tags a committed change made stale, through PostgreSQL's
/// LISTEN/NOTIFY (<see cref="ClusterEvictionListener"/> receives them). Chosen over a polled version-stamp table:
/// a notification reaches every listening node within milliseconds with no query per request and no polling
/// load, and the only way to miss one, a lost connection, is known to the listener, which then evicts
/// everything. A no-op on SQLite (one node).
/// </summary>
public sealed partial class ClusterEvictions(ClusterDatabase database, ILogger<ClusterEvictions> logger)
{
    internal const string Channel = "portal_cache";

    // PostgreSQL refuses payloads of 8,000 bytes or more; beyond this, the whole site is evicted instead.
    private const int MaxPayloadBytes = 7_000;

    /// <summary>This process, so that it ignores its own notifications (it has evicted already).</summary>
    internal string NodeId { get; } = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken = default)
    {
        if (!database.IsShared || tags.Count == 0)
        {
            return;
        }

        var payload = Payload(NodeId, tags);
        try
        {
            await using var connection = database.Pooled();
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            command.Parameters.AddWithValue("channel", Channel);
            command.Parameters.AddWithValue("payload", payload);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            // The change is committed and evicted here; elsewhere the pages age out (PublicPagePolicy.Lifetime).
            LogFailed(logger, exception);
        }
    }

    internal static string Payload(string nodeId, IReadOnlyCollection<string> tags)
    {
        var payload = nodeId + "\n" + string.Join('\n', tags);
        return Encoding.UTF8.GetByteCount(payload) <= MaxPayloadBytes ? payload : nodeId + "\n" + Caching.PublicCache.SiteTag;
    }

    /// <summary>The sender and the tags of a notification.</summary>
    internal static (string NodeId, string[] Tags) Parse(string payload)
    {
        var lines = payload.Split('\n');
        return (lines[0], lines[1..]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invalidation du cache non transmise aux autres nœuds ; leurs pages expireront d'elles-mêmes.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
