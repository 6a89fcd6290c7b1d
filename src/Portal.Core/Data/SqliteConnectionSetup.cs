using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Core.Data;

/// <summary>
/// Every SQLite connection in write-ahead-log mode with a busy timeout. WAL lets readers go on while one
/// writer writes (public pages never wait for an import), and the timeout makes a writer that meets
/// another one wait a few seconds for it instead of failing at once. Writers still take turns: long
/// writes are cut into short transactions by their owners (see the proposition import).
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    /// <summary>How long a write waits for the one writer before it is answered « base occupée » (503).</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    // journal_mode=WAL is stored in the file: after the first connection it is a no-op read.
    private static readonly string Pragmas = $"PRAGMA journal_mode=WAL; PRAGMA busy_timeout={(int)BusyTimeout.TotalMilliseconds};";

    /// <summary>The connection string with its busy-retry timeout (Microsoft.Data.Sqlite's own retry loop, BEGIN IMMEDIATE included), unless set.</summary>
    public static string WithTimeout(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = (int)BusyTimeout.TotalSeconds;
        }

        return builder.ToString();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
