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

    /// <summary>An upper bound on maximin's optimum proved by the dual weights (the exact pricing MIP's best panel value under dual weights summing to 1).</summary>
    public double UpperBound { get; init; } = 1;

    /// <summary>LEXIMIN: its first level, which is maximin's solution (converged or stopped by the budget); null for maximin itself.</summary>
    public PanelDistribution? Maximin { get; init; }

    /// <summary>Every panel the column generation found, weighted or not: more ways to round to whole tickets.</summary>
    public IReadOnlyList<int[]> Candidates { get; init; } = [];

    public double MinimumProbability => Selection.Count == 0 ? 0 : Selection.Min();
}
