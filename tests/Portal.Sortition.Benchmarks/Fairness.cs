namespace Portal.Sortition.Benchmarks;

/// <summary>Summaries of a selection-probability vector: its minimum and its Gini coefficient (0 = everyone equal).</summary>
internal static class Fairness
{
    public static double Gini(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var total = sorted.Sum();
        if (n == 0 || total == 0)
        {
            return 0;
        }

        // G = Σ (2i − n − 1) x_i / (n Σ x), with x sorted ascending and i from 1.
        var weighted = sorted.Select((x, i) => ((2.0 * (i + 1)) - n - 1) * x).Sum();
        return weighted / (n * total);
    }
}
