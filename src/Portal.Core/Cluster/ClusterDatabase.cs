using Npgsql;
using Portal.Core.Data;

namespace Portal.Core.Cluster;

/// <summary>
/// The database several nodes may share. Only PostgreSQL is shared: a SQLite site is one node, so everything
/// that coordinates nodes is a no-op there. Coordination uses dedicated, unpooled connections: a session-level
/// advisory lock or a LISTEN must not go back to the pool (which would reset it) nor outlive its owner.
/// </summary>
public sealed class ClusterDatabase(PortalOptions options)
{
    /// <summary>The first key of every advisory lock the portal takes (« Port »), so that its locks stand apart from anyone else's.</summary>
    internal const int LockClass = 0x506F7274;

    public bool IsShared { get; } = DatabaseRegistration.ParseEngine(options.Database.Provider) == DatabaseEngine.PostgreSql;

    /// <summary>A pooled connection for one short command (a notification).</summary>
    internal NpgsqlConnection Pooled() => new(options.Database.ConnectionString);

    /// <summary>A connection of its own, closed (and its session locks and LISTENs released) when disposed.</summary>
    internal NpgsqlConnection Dedicated() => new(new NpgsqlConnectionStringBuilder(options.Database.ConnectionString)
    {
        Pooling = false,
        // A dead peer is noticed within a minute even while the connection only waits.
        KeepAlive = 30,
        ApplicationName = "portal-cluster",
    }.ConnectionString);

    /// <summary>
    /// Waits for the advisory lock <paramref name="key"/> and holds it until the result is disposed: for work that
    /// two nodes starting together must not do at the same time (first setup). A no-op on SQLite.
    /// </summary>
    public async Task<IAsyncDisposable> LockAsync(int key, CancellationToken cancellationToken = default)
    {
        if (!IsShared)
        {
            return NoLock.Instance;
        }

        var connection = Dedicated();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@class, @key)", connection);
            command.Parameters.AddWithValue("class", LockClass);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>The advisory lock keys (second key, after <see cref="ClusterDatabase.LockClass"/>).</summary>
public static class ClusterLocks
{
    /// <summary>Held by the node that runs scheduled work.</summary>
    public const int Leader = 1;

    /// <summary>Held while a node migrates the database and runs the first-start recipes.</summary>
    public const int Setup = 2;
}
