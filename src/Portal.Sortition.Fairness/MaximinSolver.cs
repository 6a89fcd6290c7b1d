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
    /// <summary>Column generation until no panel improves the bound, or until <paramref name="budget"/> is spent (then not converged).</summary>
    public static PanelDistribution Solve(Pool pool, Quotas quotas, TimeSpan? budget = null, IProgress<FairnessProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        bool OverBudget() => clock.Elapsed > budget;
        using var columns = new ColumnGeneration(pool, quotas);
        columns.Seed(OverBudget);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (optimal, z, probabilities, _) = columns.Price();
            if (optimal || OverBudget())
            {
                return columns.Result(probabilities, optimal);
            }

            if (columns.Iterations % 10 == 0)
            {
                progress?.Report(FairnessProgress.Timed(clock.Elapsed, budget, $"Maximin : itération {columns.Iterations}, probabilité minimale provisoire {z:P2}."));
            }
        }
    }
}
