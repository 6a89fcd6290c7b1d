using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Core.Data;

/// <summary>
/// Multi-row INSERT statements (a few hundred rows each) on the context's connection, inside its current
/// transaction: what imports write by the thousand. EF's change tracker inserts row by row and keeps every
/// entity; at 10,000 rows that alone held SQLite's write lock for seconds. Same SQL on both engines (quoted
/// identifiers); <paramref name="jsonColumns"/> are cast to <c>jsonb</c> on PostgreSQL.
/// </summary>
internal static class BulkInsert
{
    // Binding a parameter by name scans the statement's names: cost grows with the square of their number, so
    // statements stay small (measured: 6,000 parameters a statement made 10,000 audit rows take 4 s, not 0.2).
    private const int MaxParameters = 400;

    public static async Task ExecuteAsync(
        PortalDbContext db, string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, IReadOnlyCollection<string> jsonColumns, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        DbCommand? command = null;
        try
        {
            foreach (var chunk in rows.Chunk(Math.Max(1, MaxParameters / columns.Count)))
            {
                // Full chunks share one statement, prepared once; only the last, shorter one needs its own.
                if (command is null || command.Parameters.Count != chunk.Length * columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = Statement(db, connection, table, columns, chunk.Length, jsonColumns);
                }

                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                for (var r = 0; r < chunk.Length; r++)
                {
                    for (var c = 0; c < columns.Count; c++)
                    {
                        command.Parameters[(r * columns.Count) + c].Value = chunk[r][c] ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }

            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static DbCommand Statement(PortalDbContext db, DbConnection connection, string table, IReadOnlyList<string> columns, int rowCount, IReadOnlyCollection<string> jsonColumns)
    {
        var isPostgres = db.Engine == DatabaseEngine.PostgreSql;
        var command = connection.CreateCommand();
        var sql = new StringBuilder().Append(CultureInfo.InvariantCulture, $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{r}_{c}");
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
                sql.Append(c == 0 ? string.Empty : ", ").Append(isPostgres && jsonColumns.Contains(columns[c]) ? $"CAST({name} AS jsonb)" : name);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
