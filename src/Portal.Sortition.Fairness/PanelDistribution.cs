namespace Portal.Sortition.Fairness;

/// <summary>
/// A probability distribution over valid panels (each a sorted list of volunteer indexes into the
/// canonical pool) and each volunteer's resulting selection probability. Not <see cref="Converged"/>: the
/// time budget ran out and the minimum probability is a lower bound of the optimum.
/// </summary>
public sealed record PanelDistribution(IReadOnlyList<int[]> Panels, IReadOnlyList<double> PanelProbabilities, IReadOnlyList<double> Selection, int Iterations, bool Converged)
{
    /// <summary>LEXIMIN: how many levels were fixed (maximin's optimum is level 1); 1 for maximin.</summary>
    public int Levels { get; init; } = 1;

    public double MinimumProbability => Selection.Count == 0 ? 0 : Selection.Min();

    /// <summary>
    /// The distribution rounded to a lottery of <paramref name="tickets"/> tickets by largest remainder
    /// (ties: lower panel index first), so it can be committed and drawn with one integer.
    /// </summary>
    public IReadOnlyList<int> Lottery(int tickets = 1000)
    {
        var exact = PanelProbabilities.Select(p => p * tickets).ToArray();
        var counts = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var left = tickets - counts.Sum();
        foreach (var k in Enumerable.Range(0, counts.Length).OrderByDescending(k => exact[k] - counts[k]).ThenBy(k => k).Take(left))
        {
            counts[k]++;
        }

        return counts;
    }

    /// <summary>Selection probabilities under the rounded lottery.</summary>
    public double[] LotterySelection(int poolSize, int tickets = 1000)
    {
        var counts = Lottery(tickets);
        var selection = new double[poolSize];
        for (var p = 0; p < Panels.Count; p++)
        {
            foreach (var i in Panels[p])
            {
                selection[i] += counts[p] / (double)tickets;
            }
        }

        return selection;
    }
}
