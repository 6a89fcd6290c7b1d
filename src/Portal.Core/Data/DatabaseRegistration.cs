using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Caching;

namespace Portal.Core.Data;

/// <summary>Chooses the engine from configuration; each engine has its own migrations assembly.</summary>
internal static class DatabaseRegistration
{
    public const string SqliteMigrations = "Portal.Migrations.Sqlite";
    public const string PostgreSqlMigrations = "Portal.Migrations.PostgreSql";

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, PortalOptions options, string dataPath)
    {
        var engine = ParseEngine(options.Database.Provider);
        services.AddDbContext<PortalDbContext>((provider, builder) =>
        {
            Configure(builder, engine, options.Database.ConnectionString, dataPath);
            if (options.Database.CompiledModel && CompiledModels.Of(engine) is { } model)
            {
                builder.UseModel(model);
            }

            // The audit head is anchored outside the database, and stale public pages are evicted, once the
            // transaction commits.
            builder.AddInterceptors(provider.GetRequiredService<Audit.AuditHeadAnchor>(), provider.GetRequiredService<PublicCacheEvictions>());
        });
        return services;
    }

    public static DatabaseEngine ParseEngine(string provider) => provider.Trim().ToUpperInvariant() switch
    {
        "SQLITE" or "" => DatabaseEngine.Sqlite,
        "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseEngine.PostgreSql,
        _ => throw new InvalidOperationException($"Portal:Database:Provider « {provider} » inconnu : Sqlite ou PostgreSql."),
    };

    private static void Configure(DbContextOptionsBuilder builder, DatabaseEngine engine, string? connectionString, string dataPath)
    {
        builder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ModuleModelCacheKeyFactory>();
        // EF checks at every migration that the model has no change left out of a migration by building and
        // comparing two relational models: a third of a second of every start. ModelMigrationsTests makes that
        // check once per engine in CI instead.
        builder.ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning));
        if (engine == DatabaseEngine.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Portal:Database:ConnectionString est obligatoire avec PostgreSql.");
            }

            builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrations));
            return;
        }

        var sqlite = string.IsNullOrWhiteSpace(connectionString)
            ? $"Data Source={Path.Combine(dataPath, "portal.db")}"
            : connectionString;
        builder.UseSqlite(SqliteConnectionSetup.WithTimeout(sqlite), s => s.MigrationsAssembly(SqliteMigrations))
            .AddInterceptors(SqliteConnectionSetup.Instance);
    }
}
