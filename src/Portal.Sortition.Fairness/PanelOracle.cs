using Google.OrTools.LinearSolver;
using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>
/// Finds a valid panel (min/max quotas, panel size) maximising a weighted sum of its members, with
/// SCIP: the pricing step of column generation.
/// </summary>
internal sealed class PanelOracle : IDisposable
{
    private readonly Solver _solver;
    private readonly Variable[] _x;

    public PanelOracle(Pool pool, Quotas quotas)
    {
        _solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("Solveur SCIP indisponible.");
        var volunteers = pool.Volunteers;
        _x = volunteers.Select((_, i) => _solver.MakeBoolVar($"x{i}")).ToArray();
        var size = _solver.MakeConstraint(quotas.PanelSize, quotas.PanelSize, "taille");
        foreach (var x in _x)
        {
            size.SetCoefficient(x, 1);
        }

        foreach (var q in quotas.Values)
        {
            var c = _solver.MakeConstraint(q.Min, q.Max, $"{q.Feature}={q.Value}");
            for (var i = 0; i < volunteers.Count; i++)
            {
                if (volunteers[i].Features[q.Feature] == q.Value)
                {
                    c.SetCoefficient(_x[i], 1);
                }
            }
        }

        // Volunteers whose value has no quota cannot sit on any valid panel.
        foreach (var feature in quotas.Values.Select(q => q.Feature).Distinct())
        {
            var allowed = quotas.Values.Where(q => q.Feature == feature).Select(q => q.Value).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < volunteers.Count; i++)
            {
                if (!allowed.Contains(volunteers[i].Features[feature]))
                {
                    _x[i].SetUb(0);
                }
            }
        }
    }

    /// <summary>The best panel for these weights (sorted indexes), or null if no valid panel exists.</summary>
    public int[]? Best(IReadOnlyList<double> weights)
    {
        var objective = _solver.Objective();
        for (var i = 0; i < _x.Length; i++)
        {
            objective.SetCoefficient(_x[i], weights[i]);
        }

        objective.SetMaximization();
        var status = _solver.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return null;
        }

        return Enumerable.Range(0, _x.Length).Where(i => _x[i].SolutionValue() > 0.5).ToArray();
    }

    public void Dispose() => _solver.Dispose();
}
