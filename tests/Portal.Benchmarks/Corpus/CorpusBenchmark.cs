using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Corpus;

/// <summary>
/// End to end, in one run: generates the corpus, indexes it in Lucene (the portal's own index and search
/// service, facets and snippets included) and in SQLite FTS5, then times the 30 queries on both.
/// </summary>
internal static class CorpusBenchmark
{
    private const int Warmups = 3;
    private const int Runs = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var docs = int.Parse(Option(args, "--docs") ?? "1000000", CultureInfo.InvariantCulture);
        var data = Option(args, "--data") ?? FindSharedData();
        var output = Option(args, "--out") ?? Directory.CreateTempSubdirectory("portal-bench-").FullName;
        var sentences = SentenceSource.Read(data);
        Console.WriteLine($"{sentences.Count} phrases lues dans {data} ; {docs} documents ; dossier {output}");
        var generator = new CorpusGenerator(sentences);

        // --reuse times the queries again on the indexes an earlier run kept in --out (same --docs): a change
        // to the matching is measured without ten minutes of indexing, the indexing speed is then not reported.
        // An index the portal emptied because its format changed is built again, alone.
        var reuse = args.Contains("--reuse");
        var lucenePath = Path.Combine(output, "lucene");
        var watch = Stopwatch.StartNew();
        using var index = new LuceneIndex(lucenePath);
        var luceneReused = reuse && index.Search(searcher => searcher.IndexReader.NumDocs) > 0;
        if (!luceneReused)
        {
            foreach (var batch in generator.Generate(docs).Chunk(10_000))
            {
                index.AddDocuments(batch);
            }

            index.Commit(0);
        }

        var luceneIndexing = watch.Elapsed;
        Console.WriteLine($"Lucene : indexé en {luceneIndexing.TotalSeconds:0.0} s");

        var ftsFile = Path.Combine(output, "fts5.db");
        watch.Restart();
        using var fts = new Fts5Engine(ftsFile);
        if (!reuse)
        {
            fts.Index(generator.Generate(docs));
        }

        var ftsIndexing = watch.Elapsed;
        Console.WriteLine($"FTS5 : indexé en {ftsIndexing.TotalSeconds:0.0} s");

        await using var services = new ServiceCollection().BuildServiceProvider();
        var search = new SearchService(index, new SearchIndexer(index, services.GetRequiredService<IServiceScopeFactory>()));
        var lucene = Measure(request => search.Search(request).Total);
        var sqlite = Measure(fts.Search);

        Console.WriteLine();
        Console.WriteLine($"| moteur | documents | indexation (docs/s) | taille de l'index | p50 (ms) | p95 (ms) | p99 (ms) | résultats (somme des 30 requêtes) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine(Row("Lucene.Net 4.8 (analyse française, facettes, extraits)", docs, luceneReused ? null : luceneIndexing, DirectorySize(lucenePath), lucene));
        Console.WriteLine(Row("SQLite FTS5 (unicode61, sans racinisation)", docs, reuse ? null : ftsIndexing, DirectorySize(output) - DirectorySize(lucenePath), sqlite));
        return 0;
    }

    private static (double P50, double P95, double P99, long Hits) Measure(Func<SearchRequest, int> run)
    {
        // A long-running server has its code compiled and tiered up: run every query a few times first,
        // so the first queries of the list are not timed on tier-0 code.
        for (var pass = 0; pass < Warmups; pass++)
        {
            foreach (var request in BenchmarkQueries.All)
            {
                run(request);
            }
        }

        var samples = new List<double>();
        long hits = 0;
        foreach (var request in BenchmarkQueries.All)
        {
            for (var i = 0; i < Warmups; i++)
            {
                run(request);
            }

            hits += run(request);
            for (var i = 0; i < Runs; i++)
            {
                var start = Stopwatch.GetTimestamp();
                run(request);
                samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
        return (At(0.50), At(0.95), At(0.99), hits);
    }

    private static string Row(string engine, int docs, TimeSpan? indexing, long bytes, (double P50, double P95, double P99, long Hits) latency) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {engine} | {docs:N0} | {(indexing is { } t ? (docs / t.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "—")} | {bytes / 1024d / 1024d:0.0} Mo | {latency.P50:0.00} | {latency.P95:0.00} | {latency.P99:0.00} | {latency.Hits:N0} |");

    private static long DirectorySize(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindSharedData()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Dossier shared/data introuvable : passer --data.");
    }
}
