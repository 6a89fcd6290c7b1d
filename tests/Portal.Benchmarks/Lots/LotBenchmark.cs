using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Modules;
using Portal.Site;
using Portal.Workflows.Lots;
using Portal.Workflows.Publication;

namespace Portal.Benchmarks.Lots;

/// <summary>
/// Times a publication lot through the COPIL at several sizes, on SQLite and PostgreSQL: submit (one action), the
/// two approvals of the default quorum, then the atomic publication, each as the services run it behind the pages
/// (the job adds nothing but a thread). Every run starts from a fresh database; medians over the runs are printed
/// as a Markdown table for docs/benchmarks.md.
/// </summary>
internal static class LotBenchmark
{
    private static readonly StaffMember Editor = new("redaction@exemple.fr", [PortalRoles.Editor]);
    private static readonly StaffMember Copil1 = new("copil1@exemple.fr", [PortalRoles.CopilMember]);
    private static readonly StaffMember Copil2 = new("copil2@exemple.fr", [PortalRoles.CopilMember]);

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = Option(args, "--sizes", "100,1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var runs = int.Parse(Option(args, "--runs", "3"), CultureInfo.InvariantCulture);
        var postgres = Option(args, "--postgres", Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") ?? string.Empty);
        var recipe = FindRecipe();
        Console.WriteLine("| engine | items | submit (s) | approve ×2 (s) | publish (s) | items published per second |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var engine in string.IsNullOrEmpty(postgres) ? [DatabaseEngine.Sqlite] : new[] { DatabaseEngine.Sqlite, DatabaseEngine.PostgreSql })
        {
            foreach (var size in sizes)
            {
                var samples = new List<(double Submit, double Approve, double Publish)>();
                for (var run = 0; run < runs; run++)
                {
                    samples.Add(await OneRunAsync(engine, size, recipe, postgres));
                }

                var publish = Median(samples.Select(s => s.Publish));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {engine} | {size:N0} | {Median(samples.Select(s => s.Submit)):0.00} | {Median(samples.Select(s => s.Approve)):0.00} | {publish:0.00} | {size / publish:N0} |"));
            }
        }

        return 0;
    }

    private static async Task<(double, double, double)> OneRunAsync(DatabaseEngine engine, int size, string recipe, string postgres)
    {
        var folder = Directory.CreateTempSubdirectory("portal-lots-").FullName;
        var database = engine == DatabaseEngine.PostgreSql ? "portal_bench_" + Guid.NewGuid().ToString("N")[..10] : null;
        var connection = database is null ? null : new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
        if (database is not null)
        {
            await ExecuteAsync(postgres, $"CREATE DATABASE \"{database}\"");
        }

        try
        {
            await using var services = Build(engine, folder, connection);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
                await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(recipe);
            }

            var keys = await CreatePagesAsync(services, size);
            var clock = Stopwatch.StartNew();
            var lotId = (await InScopeAsync(services, lots => lots.SubmitAsync(new NewLot("Lot de mesure", null, keys, Editor)))).LotId!.Value;
            var submit = clock.Elapsed.TotalSeconds;
            clock.Restart();
            await TakeAsync(services, lotId, "valider", Copil1);
            await TakeAsync(services, lotId, "valider", Copil2);
            var approve = clock.Elapsed.TotalSeconds;
            clock.Restart();
            await TakeAsync(services, lotId, "publier", Editor);
            return (submit, approve, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    internal static ServiceProvider Build(DatabaseEngine engine, string folder, string? connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = folder,
            ["Portal:Database:Provider"] = engine.ToString(),
            ["Portal:Database:ConnectionString"] = connection,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPortalCore(configuration, folder).AddPortalModules(PortalModules.All, new ModuleContext(configuration, folder));
        return services.BuildServiceProvider();
    }

    private static async Task<List<VersionKey>> CreatePagesAsync(ServiceProvider services, int size)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var keys = new List<VersionKey>(size);
        for (var i = 0; i < size; i++)
        {
            var id = $"page-{i:00000}";
            var created = await store.CreateAsync(new NewContentItem(new FreePage($"Page {i}", id, $"Texte de la page {i}, assez long pour ressembler à une réponse motivée."), Editor.Name) { ContentItemId = id });
            keys.Add(new VersionKey(id, created.Version!.Version));
            if (i % 500 == 499)
            {
                db.ChangeTracker.Clear();
            }
        }

        await transaction.CommitAsync();
        return keys;
    }

    private static async Task TakeAsync(ServiceProvider services, long lotId, string transition, StaffMember who)
    {
        string stamp;
        await using (var scope = services.CreateAsyncScope())
        {
            stamp = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<PublicationLot>().Where(l => l.Id == lotId).Select(l => l.ConcurrencyStamp).SingleAsync();
        }

        var outcome = await InScopeAsync(services, lots => lots.TakeAsync(new LotRequest(lotId, transition, who, stamp)));
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"{transition} : {outcome.Message}");
        }
    }

    private static async Task<LotOutcome> InScopeAsync(ServiceProvider services, Func<LotWorkflow, Task<LotOutcome>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var outcome = await work(scope.ServiceProvider.GetRequiredService<LotWorkflow>());
        return outcome.Succeeded ? outcome : throw new InvalidOperationException(outcome.Message);
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    internal static string FindRecipe()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "recipes", "setup.recipe.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("recipes/setup.recipe.json introuvable au-dessus du dossier du programme.");
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
