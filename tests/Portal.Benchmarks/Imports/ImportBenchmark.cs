using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Modules;
using Portal.Processes.Content;
using Portal.Processes.Imports;

namespace Portal.Benchmarks.Imports;

/// <summary>
/// Proposition import at scale (issue 12, finding 6): analyses then commits N generated lines into a fresh database
/// (SQLite file, or a new PostgreSQL database), while an « editor » saves a draft of another item in a loop; prints
/// the commit time, the import rate and the editor's save latencies, per run and as medians.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = int.Parse(Option(args, "--rows") ?? "10000", CultureInfo.InvariantCulture);
        var runs = int.Parse(Option(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var engine = DatabaseRegistrationName(Option(args, "--engine") ?? "sqlite");
        var postgres = Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES");
        if (engine == DatabaseEngine.PostgreSql && string.IsNullOrWhiteSpace(postgres))
        {
            Console.Error.WriteLine("PostgreSQL : donner --postgres \"Host=…;Username=…;Password=…;Database=postgres\" (ou PORTAL_TEST_POSTGRES).");
            return 2;
        }

        var csv = Encoding.UTF8.GetBytes(Lines(rows));
        var results = new List<RunResult>();
        Console.WriteLine($"| run | lignes | analyse (s) | écriture (s) | dont bascule (s) | lignes/s | enregistrements concurrents | p50 (ms) | p99 (ms) | max (ms) | échecs |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var run = 1; run <= runs; run++)
        {
            var result = await RunOnceAsync(engine, postgres, csv, rows);
            results.Add(result);
            Console.WriteLine(Row(run.ToString(CultureInfo.InvariantCulture), rows, result));
        }

        var median = new RunResult(
            Median(results.Select(r => r.Analyse)), Median(results.Select(r => r.Commit)), Median(results.Select(r => r.Switch)), (int)Median(results.Select(r => (double)r.Saves)),
            Median(results.Select(r => r.SaveP50)), Median(results.Select(r => r.SaveP99)), Median(results.Select(r => r.SaveMax)), results.Sum(r => r.Failures));
        Console.WriteLine(Row($"**médiane ({engine})**", rows, median));
        return 0;
    }

    private static async Task<RunResult> RunOnceAsync(DatabaseEngine engine, string? postgres, byte[] csv, int rows)
    {
        var folder = Directory.CreateTempSubdirectory("portal-import-bench-").FullName;
        var database = engine == DatabaseEngine.PostgreSql ? "portal_bench_" + Guid.NewGuid().ToString("N")[..12] : null;
        var connection = database is null ? null : new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString;
        if (database is not null)
        {
            await ExecuteAsync(postgres!, $"CREATE DATABASE \"{database}\"");
        }

        try
        {
            await using var services = Services(engine, folder, connection);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.MigrateAsync();
            }

            const string process = "bench";
            var section = process + "/avis";
            await using (var scope = services.CreateAsyncScope())
            {
                var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
                await store.CreateAsync(new NewContentItem(new Portal.Processes.Content.Process("Banc d'essai", process, "Résumé", "Org", "Terr", [], new DateOnly(2026, 1, 1)), "bench") { ContentItemId = process });
                var opinion = await store.CreateAsync(new NewContentItem(new CitizensOpinion("Synthèse 0."), "redaction") { ContentItemId = section, ProcessId = process });

                // The editor's path once before timing it, as a running server has it compiled.
                await store.SaveDraftAsync(section, new CitizensOpinion("Synthèse 00."), "redaction", opinion.Version!.ConcurrencyStamp);
            }

            var watch = Stopwatch.StartNew();
            ImportPreview preview;
            await using (var scope = services.CreateAsyncScope())
            {
                preview = await scope.ServiceProvider.GetRequiredService<PropositionImport>().AnalyseAsync("bench.csv", csv, process);
            }

            var analyse = watch.Elapsed.TotalSeconds;
            var switched = 0.0;
            using var stop = new CancellationTokenSource();
            var editor = EditorAsync(services, section, stop.Token);
            watch.Restart();
            ContentOutcome outcome;
            await using (var scope = services.CreateAsyncScope())
            {
                var staged = 0.0;
                var progress = new InlineProgress(written => staged = written < rows ? staged : staged == 0 ? watch.Elapsed.TotalSeconds : staged);
                outcome = await scope.ServiceProvider.GetRequiredService<PropositionImport>().CommitAsync(preview, process, "bench", progress);
                switched = watch.Elapsed.TotalSeconds - staged;
            }

            var commit = watch.Elapsed.TotalSeconds;
            await stop.CancelAsync();
            var (latencies, failures) = await editor;
            if (outcome != ContentOutcome.Ok)
            {
                throw new InvalidOperationException($"Import refusé : {outcome}");
            }

            latencies.Sort();
            return new RunResult(analyse, commit, switched, latencies.Count, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.LastOrDefault(), failures);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(postgres!, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            }

            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Another editor saving a section again and again while the import runs: each save's latency, and the saves refused.</summary>
    private static async Task<(List<double> Latencies, int Failures)> EditorAsync(ServiceProvider services, string section, CancellationToken stop)
    {
        await Task.Yield();
        var latencies = new List<double>();
        var failures = 0;
        var watch = new Stopwatch();
        for (var i = 1; !stop.IsCancellationRequested; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<ContentStore>();
            watch.Restart();
            var latest = await store.GetLatestAsync(section, CancellationToken.None);
            var saved = await store.SaveDraftAsync(section, new CitizensOpinion($"Synthèse {i}."), "redaction", latest!.ConcurrencyStamp, CancellationToken.None);
            latencies.Add(watch.Elapsed.TotalMilliseconds);
            failures += saved.Succeeded ? 0 : 1;
            await Task.Delay(20, CancellationToken.None);
        }

        return (latencies, failures);
    }

    private static ServiceProvider Services(DatabaseEngine engine, string folder, string? connection)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Portal:DataPath"] = folder,
            ["Portal:Database:Provider"] = engine.ToString(),
            ["Portal:Database:ConnectionString"] = connection,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalCore(configuration, folder).AddPortalModules(PortalModules.All, new ModuleContext(configuration, folder));
        return services.BuildServiceProvider();
    }

    private static string Lines(int count)
    {
        var csv = new StringBuilder("code;titre;texte;thème;pour;contre;date de dépôt\n");
        for (var i = 1; i <= count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"B-{i};Proposition {i};\"Constat de la proposition {i} : les habitants demandent des pistes cyclables sûres.\nSur deux lignes, avec des accents : é, à, ç.\";Thème {i % 12};{i % 300};{i % 70};2019-01-17\n");
        }

        return csv.ToString();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static DatabaseEngine DatabaseRegistrationName(string name) =>
        name.Trim().ToUpperInvariant() is "POSTGRESQL" or "POSTGRES" ? DatabaseEngine.PostgreSql : DatabaseEngine.Sqlite;

    private static string Row(string run, int rows, RunResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {run} | {rows:N0} | {r.Analyse:0.00} | {r.Commit:0.00} | {r.Switch:0.00} | {rows / r.Commit:N0} | {r.Saves} | {r.SaveP50:0.0} | {r.SaveP99:0.0} | {r.SaveMax:0.0} | {r.Failures} |");

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Reports on the import's own thread, at once.</summary>
    private sealed class InlineProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    private sealed record RunResult(double Analyse, double Commit, double Switch, int Saves, double SaveP50, double SaveP99, double SaveMax, int Failures);
}
