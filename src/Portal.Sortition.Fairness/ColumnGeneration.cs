using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>
/// What maximin and LEXIMIN share: the pricing oracle, the master LP and the panels found so far (each
/// once). <see cref="Price"/> is one column-generation step: solve the master, ask the oracle for the
/// panel that the dual weights value most, add it if it beats the dual bound.
/// </summary>
internal sealed class ColumnGeneration : IDisposable
{
    private const double Tolerance = 1e-7;

    /// <summary>How many panels of the current mix the swap heuristic starts from in one step.</summary>
    private const int SwapStarts = 10;
    private readonly PanelOracle _oracle;
    private readonly SwapSearch _swaps;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<int[]> _panels = [];

    public ColumnGeneration(Pool pool, Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        Size = pool.Volunteers.Count;
        _oracle = new PanelOracle(pool, quotas);
        _swaps = new SwapSearch(pool, quotas);
        Master = new MasterLp(Size);
    }

    public int Size { get; }

    public MasterLp Master { get; }

    public int Iterations { get; private set; }

    /// <summary>
    /// The best upper bound on maximin's optimum seen so far (1 before any pricing). For dual weights y
    /// summing to 1, every distribution has Σ y_i·p_i ≤ max over panels of y(P), and its minimum is at most
    /// that weighted mean: the exact MIP's best panel value is a proof that the optimum cannot be higher.
    /// Only the first level (nobody fixed) gives such a bound.
    /// </summary>
    public double UpperBound { get; private set; } = 1;

    /// <summary>
    /// Starts from panels that each favour one volunteer not yet covered, so every reachable volunteer
    /// appears in some panel. Stops early (with fewer panels) if <paramref name="stop"/> says so.
    /// </summary>
    public void Seed(Func<bool> stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var covered = new bool[Size];
        for (var i = 0; i < Size; i++)
        {
            if (covered[i])
            {
                continue;
            }

            var weights = Enumerable.Range(0, Size).Select(k => k == i ? 1.0 : covered[k] ? 0.0 : 1.0 / Size).ToArray();
            var panel = _oracle.Best(weights) ?? throw new InvalidOperationException("Aucun panel ne respecte les quotas.");
            foreach (var k in panel)
            {
                covered[k] = true;
            }

            covered[i] = true;
            Add(panel);
            if (stop() && _panels.Count > 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// One step: solve the master, price panels; true when no panel can raise the current level (optimal
    /// for it). Several panels enter per step, as the master LP is by far the slowest part (hundreds of
    /// ms against tens for the MIP): the exact MIP's best panel, plus swaps from the panels of the
    /// current mix: those sit exactly at the bound (reduced cost 0), so any swap that raises their value
    /// gives a panel above it. Extra columns never change the LP's optimum, only how fast it is reached;
    /// optimality is still declared only when the exact MIP finds nothing above the bound.
    /// </summary>
    public (bool Optimal, double Z, double[] Probabilities, double[] Duals) Price()
    {
        var (z, probabilities, duals, bound) = Master.Solve();
        Iterations++;
        var added = 0;
        foreach (var p in Enumerable.Range(0, probabilities.Length).Where(p => probabilities[p] > 1e-12).OrderByDescending(p => probabilities[p]).Take(SwapStarts))
        {
            var panel = _swaps.Improve(_panels[p], duals);
            if (panel.Sum(i => duals[i]) > bound + Tolerance && Add(panel))
            {
                added++;
            }
        }

        var best = _oracle.Best(duals)!;
        if (Master.Fixed.All(f => f is null))
        {
            UpperBound = Math.Min(UpperBound, best.Sum(i => duals[i]));
        }

        var improves = best.Sum(i => duals[i]) > bound + Tolerance && Add(best);
        var optimal = !improves && added == 0;
        return (optimal, z, probabilities, duals);
    }

    /// <summary>The panels with positive weight, renormalised, and each volunteer's selection probability.</summary>
    public PanelDistribution Result(double[] probabilities, bool converged, int levels = 1)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        var kept = Enumerable.Range(0, probabilities.Length).Where(p => probabilities[p] > 1e-12).ToList();
        var total = kept.Sum(p => probabilities[p]);
        var selection = new double[Size];
        foreach (var p in kept)
        {
            foreach (var i in _panels[p])
            {
                selection[i] += probabilities[p] / total;
            }
        }

        return new PanelDistribution(kept.Select(p => _panels[p]).ToList(), kept.Select(p => probabilities[p] / total).ToList(), selection, Iterations, converged)
        {
            Levels = levels,
            UpperBound = UpperBound,
            Candidates = [.. _panels],
        };
    }

    public void Dispose()
    {
        _oracle.Dispose();
        Master.Dispose();
    }

    private bool Add(int[] panel)
    {
        if (!_seen.Add(string.Join(',', panel)))
        {
            return false;
        }

        _panels.Add(panel);
        Master.AddPanel(panel);
        return true;
    }
}
