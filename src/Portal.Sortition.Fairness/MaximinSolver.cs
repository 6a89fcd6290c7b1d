using Google.OrTools.LinearSolver;
using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>
/// Maximin (Flanigan et al., Nature 2021): the distribution over valid panels that maximises the lowest
/// selection probability, by column generation. The master LP (GLOP) mixes the panels found so far;
/// its dual weights ask the oracle (SCIP) for the panel that helps the worst-off most; stop when no panel
/// improves the dual bound. Runs before the seed: solvers are not bit-reproducible, so its output
/// (the panels and their tickets) is what would be committed, never recomputed by the replay.
/// </summary>
public static class MaximinSolver
{
    private const double Tolerance = 1e-7;

    /// <summary>Column generation until no panel improves the bound, or until <paramref name="budget"/> is spent (then not converged).</summary>
    public static PanelDistribution Solve(Pool pool, Quotas quotas, TimeSpan? budget = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        var n = pool.Volunteers.Count;
        using var oracle = new PanelOracle(pool, quotas);
        using var master = new MasterLp(n);
        var panels = new List<int[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(int[] panel)
        {
            if (seen.Add(string.Join(',', panel)))
            {
                panels.Add(panel);
                master.AddPanel(panel);
            }
        }

        // Start from panels that each favour one volunteer not yet covered, so every reachable volunteer appears.
        var covered = new bool[n];
        for (var i = 0; i < n; i++)
        {
            if (covered[i])
            {
                continue;
            }

            var weights = Enumerable.Range(0, n).Select(k => k == i ? 1.0 : covered[k] ? 0.0 : 1.0 / n).ToArray();
            var panel = oracle.Best(weights) ?? throw new InvalidOperationException("Aucun panel ne respecte les quotas.");
            foreach (var k in panel)
            {
                covered[k] = true;
            }

            covered[i] = true;
            Add(panel);
        }

        var iterations = 0;
        while (true)
        {
            var (z, probabilities, duals) = master.Solve();
            var best = oracle.Best(duals)!;
            var value = best.Sum(i => duals[i]);
            iterations++;
            var converged = value <= z + Tolerance || seen.Contains(string.Join(',', best));
            if (converged || clock.Elapsed > budget)
            {
                return Result(panels, probabilities, n, iterations, converged);
            }

            Add(best);
        }
    }

    private static PanelDistribution Result(List<int[]> panels, double[] probabilities, int n, int iterations, bool converged)
    {
        // Keep panels with positive weight, renormalised; the selection probability is the sum over panels.
        var kept = Enumerable.Range(0, probabilities.Length).Where(p => probabilities[p] > 1e-12).ToList();
        var total = kept.Sum(p => probabilities[p]);
        var selection = new double[n];
        foreach (var p in kept)
        {
            foreach (var i in panels[p])
            {
                selection[i] += probabilities[p] / total;
            }
        }

        return new PanelDistribution(kept.Select(p => panels[p]).ToList(), kept.Select(p => probabilities[p] / total).ToList(), selection, iterations, converged);
    }
}
