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
    private readonly PanelOracle _oracle;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly List<int[]> _panels = [];

    public ColumnGeneration(Pool pool, Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        Size = pool.Volunteers.Count;
        _oracle = new PanelOracle(pool, quotas);
        Master = new MasterLp(Size);
    }

    public int Size { get; }

    public MasterLp Master { get; }

    public int Iterations { get; private set; }

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

    /// <summary>One step: solve the master, price a panel; true when no panel can raise the current level (optimal for it).</summary>
    public (bool Optimal, double Z, double[] Probabilities, double[] Duals) Price()
    {
        var (z, probabilities, duals, bound) = Master.Solve();
        var best = _oracle.Best(duals)!;
        Iterations++;
        var optimal = best.Sum(i => duals[i]) <= bound + Tolerance || !Add(best);
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
