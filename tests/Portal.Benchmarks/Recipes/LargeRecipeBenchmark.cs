using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Benchmarks.Lots;
using Portal.Core.Data;
using Portal.Core.Recipes;

namespace Portal.Benchmarks.Recipes;

/// <summary>
/// Loading a process of N propositions (default 1,000, each with its response and follow-ups) from a recipe, as a first
/// start does: the recipe written by <c>tests/Portal.Benchmarks/Load/generate_recipe.py</c>, applied to a fresh database
/// (migrated, <c>setup.recipe.json</c> applied, untimed) each run; median over the runs, after one unmeasured run.
/// </summary>
internal static class LargeRecipeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(LotBenchmark.Option(args, "--runs", "5"), CultureInfo.InvariantCulture);
        var count = int.Parse(LotBenchmark.Option(args, "--propositions", "1000"), CultureInfo.InvariantCulture);
        var postgres = LotBenchmark.Option(args, "--postgres", string.Empty);
        var engine = string.IsNullOrEmpty(postgres) ? DatabaseEngine.Sqlite : DatabaseEngine.PostgreSql;
        var setup = LotBenchmark.FindRecipe();
        var recipes = Path.GetDirectoryName(setup)!;
        var folder = Directory.CreateTempSubdirectory("portal-large-recipe-").FullName;
        try
        {
            var recipe = Path.Combine(folder, $"bench-{count}.recipe.json");
            await GenerateAsync(Path.Combine(recipes, "demo.recipe.json"), count, recipe);
            await OneRunAsync(engine, postgres, setup, recipe);
            var samples = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                samples.Add(await OneRunAsync(engine, postgres, setup, recipe));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: {samples[^1]:0} ms"));
            }

            Console.WriteLine($"| recipe ({engine}, fresh database) | median (s) | min (s) | max (s) |");
            Console.WriteLine("|---|---:|---:|---:|");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {count:N0} propositions with responses and follow-ups | {LotBenchmark.Median(samples) / 1000:0.00} | {samples.Min() / 1000:0.00} | {samples.Max() / 1000:0.00} |"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The same generator as the load benchmark's, so both measure the very same recipe.</summary>
    private static async Task GenerateAsync(string demo, int count, string output)
    {
        var script = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(demo))!, "tests", "Portal.Benchmarks", "Load", "generate_recipe.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(demo);
        start.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 introuvable.");
        await using (var file = File.Create(output))
        {
            await process.StandardOutput.BaseStream.CopyToAsync(file);
        }

        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} a échoué (code {process.ExitCode}).");
        }
    }

    private static async Task<double> OneRunAsync(DatabaseEngine engine, string postgres, string setup, string recipe)
    {
        var folder = Directory.CreateTempSubdirectory("portal-large-recipe-run-").FullName;
        var database = engine == DatabaseEngine.PostgreSql ? "portal_bench_" + Guid.NewGuid().ToString("N")[..10] : null;
        var connection = database is null ? null : new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
        if (database is not null)
        {
            await LotBenchmark.ExecuteAsync(postgres, $"CREATE DATABASE \"{database}\"");
        }

        try
        {
            await using var services = LotBenchmark.Build(engine, folder, connection);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
                await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(setup);
            }

            await using (var scope = services.CreateAsyncScope())
            {
                var clock = Stopwatch.StartNew();
                await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(recipe);
                return clock.Elapsed.TotalMilliseconds;
            }
        }
        finally
        {
            if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await LotBenchmark.ExecuteAsync(postgres, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
