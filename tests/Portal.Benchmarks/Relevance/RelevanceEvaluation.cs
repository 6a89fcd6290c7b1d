using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmarks.Corpus;
using Portal.Search.Analysis;
using Portal.Search.Indexing;
using Portal.Search.Querying;

namespace Portal.Benchmarks.Relevance;

/// <summary>
/// `relevance`: indexes the real proposals of ../shared/data with the portal's own index and search service,
/// runs the judged journalist queries (queries.tsv) and prints nDCG@10, P@5 and R@10 per query and on average
/// against the graded judgments (judgments.tsv: 0 off topic, 1 partly relevant, 2 on topic).
/// `--dump FILE` also writes the corpus as JSON lines and `--run FILE` the portal's top 20 per query, for pooling.
/// </summary>
internal static class RelevanceEvaluation
{
    public static async Task<int> RunAsync(string[] args)
    {
        var data = CorpusBenchmark.Option(args, "--data") ?? SharedData();
        if (data is null || EvaluationCorpus.Folders.Any(f => !Directory.Exists(Path.Combine(data, f))))
        {
            Console.WriteLine("Évaluation ignorée : les données réelles (../shared/data) sont absentes ; passer --data DOSSIER.");
            return 0;
        }

        var queries = JudgedQueries.Read(Path.Combine(AppContext.BaseDirectory, "Relevance", "queries.tsv"), Path.Combine(AppContext.BaseDirectory, "Relevance", "judgments.tsv"));
        var documents = EvaluationCorpus.Read(data);
        if (CorpusBenchmark.Option(args, "--dump") is { } dump)
        {
            await File.WriteAllLinesAsync(dump, documents.Where(d => d.Type == SearchTypes.Proposition)
                .Select(d => JsonSerializer.Serialize(new { id = d.Id, title = d.Title, body = d.Body, response = d.ResponseText, followUps = d.FollowUpsText })));
        }

        var folder = Directory.CreateTempSubdirectory("portal-relevance-");
        try
        {
            var stemmer = CorpusBenchmark.Option(args, "--stemmer") == "minimal" ? FrenchStemmer.Minimal : FrenchStemmer.Light;
            using var index = new LuceneIndex(folder.FullName, stemmer);
            index.AddDocuments(documents);
            index.Commit(0);
            await using var services = new ServiceCollection().BuildServiceProvider();
            var search = new SearchService(index, new SearchIndexer(index, services.GetRequiredService<IServiceScopeFactory>()));
            var runs = queries.ToDictionary(q => q.Id, q => search.Search(new SearchRequest(q.Text, Type: SearchTypes.Proposition, PageSize: 20)).Hits.Select(h => h.Url).ToList());
            if (CorpusBenchmark.Option(args, "--run") is { } run)
            {
                await File.WriteAllLinesAsync(run, runs.SelectMany(r => r.Value.Select((id, rank) => $"{r.Key}\t{id}\t{rank + 1}")));
            }

            Console.WriteLine(Report(queries, runs, documents.Count(d => d.Type == SearchTypes.Proposition)));
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Report(List<JudgedQuery> queries, Dictionary<string, List<string>> runs, int proposals)
    {
        var text = new StringBuilder();
        var judged = queries.Sum(q => q.Grades.Count);
        text.AppendLine(CultureInfo.InvariantCulture, $"{queries.Count} requêtes, {judged} jugements, {proposals} propositions indexées");
        text.AppendLine("| requête | pertinents | nDCG@10 | P@5 | R@10 |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        var scores = new List<(double Ndcg, double P5, double R10)>();
        foreach (var query in queries)
        {
            var score = Metrics.Score(runs[query.Id], query.Grades);
            scores.Add(score);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {query.Id} {query.Text} | {query.Grades.Count(g => g.Value > 0)} | {score.Ndcg:0.000} | {score.P5:0.00} | {score.R10:0.00} |");
        }

        text.AppendLine(CultureInfo.InvariantCulture,
            $"| **moyenne** | | **{scores.Average(s => s.Ndcg):0.000}** | **{scores.Average(s => s.P5):0.00}** | **{scores.Average(s => s.R10):0.00}** |");
        return text.ToString();
    }

    private static string? SharedData()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
