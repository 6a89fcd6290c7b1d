using Portal.Sortition.Drawing;
using Portal.Sortition.Storage;

namespace Portal.Sortition.Fairness;

/// <summary>The module's <see cref="IFairDistributionSolver"/>: maximin or LEXIMIN, rounded to the 1,000-ticket table that is committed.</summary>
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
        var table = FairLottery.Table(pool, distribution);
        var minimum = LotteryDraw.Probabilities(table) is var chances && chances.Count == pool.Volunteers.Count ? chances.Values.Min() : 0;
        return new FairDistributionResult(table, minimum, distribution.Converged, distribution.Levels);
    }

    private sealed class Relay(IProgress<PreparationProgress> to) : IProgress<FairnessProgress>
    {
        public void Report(FairnessProgress value) => to.Report(new PreparationProgress((int)Math.Floor(value.Fraction * 100), value.Message));
    }
}
