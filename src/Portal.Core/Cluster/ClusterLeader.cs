using Microsoft.Extensions.Logging;
using Npgsql;

namespace Portal.Core.Cluster;

/// <summary>
/// Chooses the one node that runs scheduled work (publications falling due, morning e-mails, sortition
/// preparations) when several share a PostgreSQL database: the node that holds a session-level advisory lock
/// on a connection of its own. A session lock rather than <c>pg_try_advisory_xact_lock</c> around each round:
/// a sortition preparation runs for minutes, outside any one transaction, and a daily e-mail must not be sent
/// again by a second node a few milliseconds after the first released its lock. A node that stops, crashes or
/// loses its connection releases the lock with its session, and another takes over at its next round. On
/// SQLite there is one node: it always leads.
/// </summary>
public sealed partial class ClusterLeader(ClusterDatabase database, ILogger<ClusterLeader> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _held;

    /// <summary>True when this node leads (taking the lock if it is free); false when another does or the database cannot say.</summary>
    public async Task<bool> IsLeaderAsync(CancellationToken cancellationToken = default)
    {
        if (!database.IsShared)
        {
            return true;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_held is not null)
            {
                if (await AliveAsync(_held, cancellationToken))
                {
                    return true;
                }

                await _held.DisposeAsync();
                _held = null;
                LogLost(logger);
            }

            var connection = database.Dedicated();
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@class, @key)", connection);
                command.Parameters.AddWithValue("class", ClusterDatabase.LockClass);
                command.Parameters.AddWithValue("key", ClusterLocks.Leader);
                if (await command.ExecuteScalarAsync(cancellationToken) is true)
                {
                    _held = connection;
                    LogElected(logger);
                    return true;
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                // Unsure means no: a job skipped is taken at the next round, a job run twice is not undone.
                LogUnreachable(logger, exception);
            }

            await connection.DisposeAsync();
            return false;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<bool> AliveAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_held is not null)
        {
            await _held.DisposeAsync();
        }

        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ce nœud exécute désormais les tâches planifiées (verrou consultatif PostgreSQL obtenu).")]
    private static partial void LogElected(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connexion du verrou des tâches planifiées perdue : un autre nœud peut les reprendre.")]
    private static partial void LogLost(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verrou des tâches planifiées inaccessible ; nouvel essai au prochain passage.")]
    private static partial void LogUnreachable(ILogger logger, Exception exception);
}
