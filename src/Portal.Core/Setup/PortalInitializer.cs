using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Core.Settings;

namespace Portal.Core.Setup;

/// <summary>
/// Brings a site up: creates the data folder, applies migrations, and on the first start of an
/// empty site runs the configured recipes and creates the first administrator.
/// </summary>
public sealed partial class PortalInitializer(
    PortalDbContext db,
    PortalOptions options,
    PortalPaths paths,
    RecipeExecutor recipes,
    AdminAccountSetup admin,
    TimeProvider clock,
    Cluster.ClusterDatabase cluster,
    IEnumerable<IDataMigration> dataMigrations,
    ILogger<PortalInitializer> logger)
{
    internal const string SetupDoneKey = "setup.completed";

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.DataPath);
        // Nodes starting together take turns: the first migrates and sets up, the others then find it done.
        await using var setup = await cluster.LockAsync(Cluster.ClusterLocks.Setup, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await RunDataMigrationsAsync(cancellationToken);
        if (await db.SiteSettings.AnyAsync(s => s.Key == SetupDoneKey, cancellationToken))
        {
            return;
        }

        foreach (var recipe in options.Setup.RecipesOrDefault)
        {
            await recipes.ExecuteFileAsync(Path.Combine(paths.RecipesPath, recipe), cancellationToken);
        }

        await admin.CreateFirstAdministratorAsync(cancellationToken);
        db.SiteSettings.Add(new SiteSetting { Key = SetupDoneKey, Value = "true", ModifiedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        LogSetupDone(logger, options.Setup.RecipesOrDefault.Count);
    }

    private async Task RunDataMigrationsAsync(CancellationToken cancellationToken)
    {
        foreach (var migration in dataMigrations)
        {
            var key = $"migration.{migration.Key}";
            if (await db.SiteSettings.AnyAsync(s => s.Key == key, cancellationToken))
            {
                continue;
            }

            await migration.RunAsync(cancellationToken);
            db.SiteSettings.Add(new SiteSetting { Key = key, Value = "true", ModifiedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Site set up with {RecipeCount} recipes.")]
    private static partial void LogSetupDone(ILogger logger, int recipeCount);
}
