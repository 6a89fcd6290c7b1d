using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Fairness;

/// <summary>
/// The module's <see cref="IFairDistributionSolver"/>. LEXIMIN starts with maximin (its first level), so
/// asking for LEXIMIN costs nothing in minimum chance: its table is kept only when, once rounded to
/// 1,000 tickets, it is lexicographically better than maximin's; otherwise maximin's table is committed
/// and said to be maximin. Both are rounded per volunteer (<see cref="TicketRounding"/>).
/// </summary>
internal sealed class FairDistributionSolver : IFairDistributionSolver
{
    public FairDistributionResult Solve(Pool pool, Quotas quotas, DrawMethod method, TimeSpan budget, IProgress<PreparationProgress> progress, CancellationToken cancellationToken)
    {
        var relay = new Relay(progress);
        var distribution = method switch
        {
            DrawMethod.Maximin => MaximinSolver.Solve(pool, quotas, budget, relay, cancellationToken),
            DrawMethod.Leximin => LeximinSolver.Solve(pool, quotas, budget, relay, cancellationToken),
            _ => throw new NotSupportedException($"La méthode {method} ne passe pas par le solveur d'équité."),
        };
        return Choose(pool, quotas, distribution);
    }

    /// <summary>Rounds the distribution (and, for LEXIMIN, its maximin stage) and keeps the better table.</summary>
    internal static FairDistributionResult Choose(Pool pool, Quotas quotas, PanelDistribution distribution)
    {
        var maximin = distribution.Maximin ?? distribution;
        var chosen = TicketRounding.Round(pool, quotas, maximin);
        var achieved = DrawMethod.Maximin;
        if (distribution.Maximin is not null && distribution.Levels > 1)
        {
            var leximin = TicketRounding.Round(pool, quotas, distribution);
            if (LexicographicallyBetter(leximin.VolunteerTickets, chosen.VolunteerTickets))
            {
                (chosen, achieved) = (leximin, DrawMethod.Leximin);
            }
        }

        var table = FairLottery.Table(pool, chosen);
        var figures = new FairnessFigures(achieved, chosen.MinimumTickets, maximin.MinimumProbability, maximin.Converged, Math.Max(maximin.UpperBound, maximin.MinimumProbability),
            achieved == DrawMethod.Leximin ? distribution.Levels : 0, achieved == DrawMethod.Leximin && distribution.Converged, chosen.EqualWithinProfiles);
        return new FairDistributionResult(table, figures);
    }

    /// <summary>Sorted ascending, the first differing ticket count is higher.</summary>
    private static bool LexicographicallyBetter(IReadOnlyList<int> candidate, IReadOnlyList<int> reference)
    {
        var a = candidate.Order().ToArray();
        var b = reference.Order().ToArray();
        var at = Enumerable.Range(0, a.Length).FirstOrDefault(k => a[k] != b[k], -1);
        return at >= 0 && a[at] > b[at];
    }

    private sealed class Relay(IProgress<PreparationProgress> to) : IProgress<FairnessProgress>
    {
        public void Report(FairnessProgress value) => to.Report(new PreparationProgress((int)Math.Floor(value.Fraction * 100), value.Message));
    }
}
