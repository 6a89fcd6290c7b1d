using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Modules;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database with the portal's services on top: a SQLite file in a temp folder, or a
/// new database on the PostgreSQL server named by <c>PORTAL_TEST_POSTGRES</c> (tests skip without it).
/// Tests take the engine from <see cref="DatabaseEnginesAttribute"/>; one that cannot run on PostgreSQL
/// says why through <see cref="CreateSqliteOnlyAsync"/>.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder;
    private readonly (string Name, string ConnectionString)? _postgres;

    private TestDatabase(DatabaseEngine engine, string folder, ServiceProvider services, (string Name, string ConnectionString)? postgres)
    {
        Engine = engine;
        _folder = folder;
        Services = services;
        _postgres = postgres;
    }

    public DatabaseEngine Engine { get; }

    /// <summary>The data folder (SQLite file, mail pickup folder, search index).</summary>
    public string Folder => _folder;

    public ServiceProvider Services { get; }

    /// <summary>A SQLite database for a test that does not run on PostgreSQL, with the reason (kept in the code, read in review).</summary>
    public static Task<TestDatabase> CreateSqliteOnlyAsync(string whyNotPostgreSql, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(whyNotPostgreSql);
        return CreateAsync(DatabaseEngine.Sqlite, clock);
    }

    /// <summary>A new database migrated up to <paramref name="migration"/> (all of them when null).</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseEngine engine, TimeProvider? clock = null, string? migration = null)
    {
        var folder = Directory.CreateTempSubdirectory("portal-test-").FullName;
        (string Name, string ConnectionString)? postgres = engine == DatabaseEngine.PostgreSql ? TestPostgres.CreateDatabase() : null;

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = folder,
            ["Portal:Database:Provider"] = engine.ToString(),
            ["Portal:Database:ConnectionString"] = postgres?.ConnectionString,
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
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().GetService<IMigrator>().MigrateAsync(migration);
        }

        return new TestDatabase(engine, folder, provider, postgres);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    /// <summary>Applies the migrations left (after a test wrote data in an older schema).</summary>
    public async Task MigrateAsync()
    {
        await using var scope = Scope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgres is { } postgres)
        {
            TestPostgres.DropDatabase(postgres.Name, postgres.ConnectionString);
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
