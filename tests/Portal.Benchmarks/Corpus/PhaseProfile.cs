using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Querying.Facets;

namespace Portal.Benchmarks.Corpus;

/// <summary>
/// Where the time of each benchmark query goes, on an index kept by an earlier `corpus --out` run:
/// matching and scoring the text alone, then with filters and facets, then the whole service
/// (what the 20 hits display, snippets included).
/// </summary>
internal static class PhaseProfile
{
    private const int Runs = 15;

    public static async Task<int> RunAsync(string[] args)
    {
        var output = CorpusBenchmark.Option(args, "--out") ?? throw new ArgumentException("--out DOSSIER est requis.");
        using var index = new LuceneIndex(Path.Combine(output, "lucene"));
        await using var services = new ServiceCollection().BuildServiceProvider();
        var search = new SearchService(index, new SearchIndexer(index, services.GetRequiredService<IServiceScopeFactory>()));
        Console.WriteLine("Temps processeur par requête du fil d'exécution (médiane de 15 mesures de 5 exécutions).");
        Console.WriteLine("| requête | résultats | correspondance | texte seul (ms) | + filtres et facettes (ms) | service, 1 résultat affiché (ms) | service complet, 20 affichés (ms) |");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|");
        foreach (var request in BenchmarkQueries.All)
        {
            var query = index.Search(s => search.Plan(s, UserQuery.Parse(request.Query)).Query.Match);
            var filters = LuceneQueryBuilder.Filters(request);
            var total = search.Search(request).Total;
            var bare = Median(() => index.Search(s => s.Search(query, 20).TotalHits));
            var faceted = Median(() => index.Search(s => Faceted(s, query, filters).Total));
            var whole = Median(() => search.Search(request).Total);
            var oneShown = Median(() => search.Search(request with { PageSize = 1 }).Total);
            var mode = search.Search(request).Matching.Mode;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {request.Query} {Describe(request)} | {total:N0} | {mode} | {bare:0.00} | {faceted:0.00} | {oneShown:0.00} | {whole:0.00} |"));
        }

        return 0;
    }

    private static (int Total, ITopDocsCollector Top) Faceted(IndexSearcher searcher, Query query, IReadOnlyList<FacetFilter> filters)
    {
        var top = TopScoreDocCollector.Create(20, docsScoredInOrder: false);
        var collector = new FacetedCollector(filters, top);
        searcher.Search(query, collector);
        _ = collector.Results();
        return (collector.Total, top);
    }

    private static string Describe(SearchRequest r) =>
        string.Join(' ', new[] { r.Type, r.Year?.ToString(CultureInfo.InvariantCulture), r.Decision, r.Theme, r.FollowUpStatus, r.Organiser }.Where(v => v is not null));

    /// <summary>This thread's processor time in nanoseconds (Linux: first field of schedstat).</summary>
    private static long ThreadCpuNanoseconds() =>
        long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], CultureInfo.InvariantCulture);

    /// <summary>
    /// Processor time per run rather than elapsed time: on a machine shared with other work, elapsed
    /// times mostly measure the waits for a core; processor time still shows where the work goes.
    /// </summary>
    private static double Median(Func<int> run)
    {
        for (var i = 0; i < 3; i++)
        {
            run();
        }

        var samples = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var start = ThreadCpuNanoseconds();
            for (var j = 0; j < 5; j++)
            {
                run();
            }

            samples[i] = (ThreadCpuNanoseconds() - start) / 5 / 1e6;
        }

        Array.Sort(samples);
        return samples[Runs / 2];
    }
}
