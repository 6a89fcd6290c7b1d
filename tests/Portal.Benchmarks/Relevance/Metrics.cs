namespace Portal.Benchmarks.Relevance;

/// <summary>
/// Ranking metrics on graded judgments (0, 1, 2). A document not judged counts as not relevant.
/// nDCG@10 uses the gain 2^grade − 1 and the ideal ranking of every judged document of the query;
/// P@5 and R@10 count a document relevant from grade 1.
/// </summary>
internal static class Metrics
{
    public static (double Ndcg, double P5, double R10) Score(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        int Grade(string id) => grades.GetValueOrDefault(id);
        var dcg = ranked.Take(10).Select((id, i) => Gain(Grade(id)) / Math.Log2(i + 2)).Sum();
        var ideal = grades.Values.OrderDescending().Take(10).Select((g, i) => Gain(g) / Math.Log2(i + 2)).Sum();
        var relevant = grades.Values.Count(g => g > 0);
        var p5 = ranked.Take(5).Count(id => Grade(id) > 0) / 5d;
        var r10 = relevant == 0 ? 0 : ranked.Take(10).Count(id => Grade(id) > 0) / (double)relevant;
        return (ideal == 0 ? 0 : dcg / ideal, p5, r10);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
