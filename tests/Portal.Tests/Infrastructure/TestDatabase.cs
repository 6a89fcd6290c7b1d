using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Modules;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database with the portal's services on top: a SQLite file in a temp folder, or a
/// new database on the PostgreSQL server named by <c>PORTAL_TEST_POSTGRES</c> (tests skip without it).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";

    private readonly string _folder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseEngine engine, string folder, ServiceProvider services, string? postgresAdmin, string? postgresName)
    {
        Engine = engine;
        _folder = folder;
        Services = services;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseEngine Engine { get; }

    /// <summary>The data folder (SQLite file, mail pickup folder, search index).</summary>
    public string Folder => _folder;

    public ServiceProvider Services { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseEngine engine, TimeProvider? clock = null)
    {
        var folder = Directory.CreateTempSubdirectory("portal-test-").FullName;
        string? admin = null, name = null, connectionString = null;
        if (engine == DatabaseEngine.PostgreSql)
        {
            admin = Environment.GetEnvironmentVariable(PostgresVariable);
            if (string.IsNullOrWhiteSpace(admin))
            {
                Assert.Skip($"PostgreSQL non configuré : définir {PostgresVariable} (chaîne de connexion d'un rôle qui peut créer des bases) ; .ci/run le fait.");
            }

            name = "portal_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await command.ExecuteNonQueryAsync();
            }

            connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = folder,
            ["Portal:Database:Provider"] = engine.ToString(),
            ["Portal:Database:ConnectionString"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddPortalCore(configuration, folder).AddPortalModules(PortalModules.All, new ModuleContext(configuration, folder));
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
        }

        return new TestDatabase(engine, folder, provider, admin, name);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgresAdmin is not null && _postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the OS is left to the temp cleaner.
        }
    }
}
