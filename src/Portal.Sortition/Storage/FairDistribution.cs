using Portal.Sortition.Drawing;

namespace Portal.Sortition.Storage;

/// <summary>Preparation progress as the operator sees it: a percentage and a French message.</summary>
public sealed record PreparationProgress(int Percent, string Message);

/// <summary>A solved fair distribution, rounded to the committed ticket table, with what the public must be told about it.</summary>
public sealed record FairDistributionResult(LotteryTable Table, FairnessFigures Figures)
{
    public double MinimumProbability => Figures.MinimumProbability;

    public bool Converged => Figures.Method == DrawMethod.Leximin ? Figures.LeximinComplete : Figures.OptimumProven;

    public int Levels => Figures.LeximinLevels;
}

/// <summary>
/// Computes the maximin or LEXIMIN ticket table for a pool and min/max quotas. Implemented by
/// Portal.Sortition.Fairness (OrTools), which depends on this module and not the reverse, so the
/// replay never needs the solvers.
/// </summary>
public interface IFairDistributionSolver
{
    FairDistributionResult Solve(Pool pool, Quotas quotas, DrawMethod method, TimeSpan budget, IProgress<PreparationProgress> progress, CancellationToken cancellationToken);
}
