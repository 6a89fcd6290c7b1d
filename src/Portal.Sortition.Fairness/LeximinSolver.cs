using System.Globalization;
using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>
/// LEXIMIN (Flanigan et al., « Fair algorithms for selecting citizens' assemblies », Nature 2021): first
/// maximin, then, level by level, fix the volunteers whose probability cannot be raised (positive dual
/// weight at the level's optimum: complementary slackness says they are at the level in every optimal
/// mix) and maximise the lowest probability of the others, by column generation over panels again.
/// The first level is maximin's optimum, so the result is never less fair than maximin: same minimum,
/// sorted probabilities lexicographically at least as high. When the time budget runs out, the levels
/// fixed so far hold and the others get at least the current level (reported as not converged).
/// The first level's solution is kept (<see cref="PanelDistribution.Maximin"/>), so the caller can fall
/// back to maximin when the later levels, once rounded, do not improve on it.
/// </summary>
public static class LeximinSolver
{
    /// <summary>A free volunteer with a dual weight above this (weights sum to 1) is fixed at the level.</summary>
    private const double DualThreshold = 1e-6;

    public static PanelDistribution Solve(Pool pool, Quotas quotas, TimeSpan? budget = null, IProgress<FairnessProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        bool OverBudget() => clock.Elapsed > budget;
        using var columns = new ColumnGeneration(pool, quotas);
        columns.Seed(OverBudget);
        var n = columns.Size;
        var levels = 0;
        var fixedCount = 0;
        PanelDistribution? maximin = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (optimal, z, probabilities, duals) = columns.Price();
            if (!optimal)
            {
                if (OverBudget())
                {
                    // Stopped in the first level: this is maximin's solution at the same point.
                    var stopped = columns.Result(probabilities, converged: false, levels);
                    return stopped with { Maximin = maximin ?? stopped };
                }

                if (columns.Iterations % 10 == 0)
                {
                    progress?.Report(Report(clock.Elapsed, budget, fixedCount, n, levels, z));
                }

                continue;
            }

            levels++;
            maximin ??= columns.Result(probabilities, converged: true);
            var free = Enumerable.Range(0, n).Where(i => columns.Master.Fixed[i] is null).ToList();
            var atLevel = free.Where(i => duals[i] > DualThreshold).ToList();
            if (atLevel.Count == 0)
            {
                atLevel.Add(free.MaxBy(i => duals[i]));
            }

            foreach (var i in atLevel)
            {
                columns.Master.Fix(i, z);
            }

            fixedCount += atLevel.Count;
            progress?.Report(Report(clock.Elapsed, budget, fixedCount, n, levels, z));
            if (fixedCount == n || OverBudget())
            {
                // One last solve gives a mix that honours every level fixed so far.
                var (_, final, _, _) = columns.Master.Solve();
                return columns.Result(final, converged: fixedCount == n, levels) with { Maximin = maximin };
            }
        }
    }

    private static FairnessProgress Report(TimeSpan elapsed, TimeSpan? budget, int fixedCount, int n, int levels, double z)
    {
        var timed = FairnessProgress.Timed(elapsed, budget, string.Empty);
        var message = string.Create(CultureInfo.GetCultureInfo("fr-FR"),
            $"LEXIMIN : niveau {levels + 1}, {fixedCount} volontaires sur {n} ont leur probabilité fixée ; niveau en cours {z:P2}.");
        return new FairnessProgress(Math.Max(timed.Fraction, fixedCount / (double)n * 0.99), message);
    }
}
