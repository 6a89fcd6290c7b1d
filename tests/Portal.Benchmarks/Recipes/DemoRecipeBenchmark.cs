using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Benchmarks.Lots;

namespace Portal.Benchmarks.Recipes;

/// <summary>
/// What the demo's draw (recipe step <c>draws</c>: a 1,236-volunteer pool generated, committed, published and
/// revealed by the engine) adds to loading the demo recipe, which every test factory does at start: on a fresh
/// SQLite database, the demo's other steps timed, then the draws step alone on top of them; medians over the runs.
/// </summary>
internal static class DemoRecipeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = int.Parse(LotBenchmark.Option(args, "--runs", "7"), CultureInfo.InvariantCulture);
        var setup = LotBenchmark.FindRecipe();
        var folder = Directory.CreateTempSubdirectory("portal-recipe-bench-").FullName;
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(setup)!, "demo.recipe.json")))!;
        var steps = recipe["steps"]!.AsArray();
        var draws = steps.Single(s => (string?)s!["name"] == "draws")!;
        steps.Remove(draws);
        var withoutDraw = Path.Combine(folder, "demo-sans-tirage.recipe.json");
        await File.WriteAllTextAsync(withoutDraw, recipe.ToJsonString());
        var drawOnly = Path.Combine(folder, "demo-tirage.recipe.json");
        await File.WriteAllTextAsync(drawOnly, new JsonObject { ["name"] = "demo-tirage", ["steps"] = new JsonArray(draws) }.ToJsonString());

        // One unmeasured run first: JIT and SQLite warm-up would otherwise land on the first measurement.
        await OneRunAsync(setup, withoutDraw, drawOnly);
        var rest = new List<double>();
        var draw = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (restMs, drawMs) = await OneRunAsync(setup, withoutDraw, drawOnly);
            rest.Add(restMs);
            draw.Add(drawMs);
        }

        Console.WriteLine("| demo recipe (SQLite, fresh database) | median (ms) | min (ms) | max (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(Row("processes and committees steps", rest));
        Console.WriteLine(Row("draws step (1,236 volunteers generated, 108 + 108 drawn)", draw));
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static string Row(string label, List<double> samples) =>
        string.Create(CultureInfo.InvariantCulture, $"| {label} | {LotBenchmark.Median(samples):0} | {samples.Min():0} | {samples.Max():0} |");

    /// <summary>The demo without its draw, then the draw alone on top of it, each timed, on one fresh database.</summary>
    private static async Task<(double Others, double Draw)> OneRunAsync(string setup, string withoutDraw, string drawOnly)
    {
        var folder = Directory.CreateTempSubdirectory("portal-recipe-bench-").FullName;
        try
        {
            await using var services = LotBenchmark.Build(DatabaseEngine.Sqlite, folder, null);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
                await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(setup);
            }

            return (await TimedAsync(services, withoutDraw), await TimedAsync(services, drawOnly));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> TimedAsync(ServiceProvider services, string recipe)
    {
        await using var scope = services.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteFileAsync(recipe);
        return clock.Elapsed.TotalMilliseconds;
    }
}
