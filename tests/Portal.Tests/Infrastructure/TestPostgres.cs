using Npgsql;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server named by <c>PORTAL_TEST_POSTGRES</c>: each test database or test portal gets a
/// fresh database on it, dropped afterwards. Without the variable, PostgreSQL tests are skipped.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "PORTAL_TEST_POSTGRES";

    /// <summary>Creates an empty database and returns its name and connection string; skips the test when no server is configured.</summary>
    public static (string Name, string ConnectionString) CreateDatabase()
    {
        var admin = AdminConnectionString();
        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..12];
        Execute(admin, $"CREATE DATABASE \"{name}\"");
        return (name, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
    }

    /// <summary>Closes the database's pooled connections (pooling spares a login per DbContext), then drops it.</summary>
    public static void DropDatabase(string name, string connectionString)
    {
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        Execute(AdminConnectionString(), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static string AdminConnectionString()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"PostgreSQL non configuré : définir {Variable} (chaîne de connexion d'un rôle qui peut créer des bases) ; .ci/run le fait.");
        }

        return admin;
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
