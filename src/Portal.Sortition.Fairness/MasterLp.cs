using Google.OrTools.LinearSolver;

namespace Portal.Sortition.Fairness;

/// <summary>
/// The master LP of maximin and LEXIMIN, kept between iterations so GLOP restarts from its last basis:
/// maximise z subject to Σ_{P∋i} π_P ≥ z for every volunteer i not yet fixed, Σ_{P∋i} π_P ≥ f_i for
/// every volunteer fixed at level f_i (LEXIMIN), Σ π_P = 1, π ≥ 0. With nobody fixed it is maximin.
/// </summary>
internal sealed class MasterLp : IDisposable
{
    /// <summary>Fixed levels are relaxed by this much so rounding in GLOP never makes the LP infeasible.</summary>
    internal const double FixSlack = 1e-7;

    private readonly Solver _lp;
    private readonly Variable _z;
    private readonly Constraint _sum;
    private readonly Constraint[] _agent;
    private readonly double?[] _fixed;
    private readonly List<Variable> _panels = [];

    public MasterLp(int volunteers)
    {
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("Solveur GLOP indisponible.");
        _z = _lp.MakeNumVar(0, 1, "z");
        _sum = _lp.MakeConstraint(1, 1, "somme");
        _agent = new Constraint[volunteers];
        _fixed = new double?[volunteers];
        for (var i = 0; i < volunteers; i++)
        {
            _agent[i] = _lp.MakeConstraint(0, double.PositiveInfinity, $"a{i}");
            _agent[i].SetCoefficient(_z, -1);
        }

        _lp.Objective().SetCoefficient(_z, 1);
        _lp.Objective().SetMaximization();
    }

    public IReadOnlyList<double?> Fixed => _fixed;

    public void AddPanel(int[] panel)
    {
        var variable = _lp.MakeNumVar(0, 1, $"p{_panels.Count}");
        _sum.SetCoefficient(variable, 1);
        foreach (var i in panel)
        {
            _agent[i].SetCoefficient(variable, 1);
        }

        _panels.Add(variable);
    }

    /// <summary>Volunteer <paramref name="i"/> keeps at least <paramref name="level"/> from now on and no longer counts in z.</summary>
    public void Fix(int i, double level)
    {
        _fixed[i] = level;
        _agent[i].SetCoefficient(_z, 0);
        _agent[i].SetLb(Math.Max(0, level - FixSlack));
    }

    /// <summary>
    /// Solves; returns z, each panel's weight, the volunteers' dual weights y (scaled so the volunteers not
    /// yet fixed sum to 1) and the bound ŷ a new panel must beat: ŷ = z + Σ_fixed f_i·y_i (LP duality).
    /// </summary>
    public (double Z, double[] Probabilities, double[] Duals, double Bound) Solve()
    {
        var status = _lp.Solve();
        if (status == Solver.ResultStatus.ABNORMAL)
        {
            // GLOP's warm start from the previous basis can hit numerical trouble after many added columns;
            // solved again from scratch, the same (feasible: the previous solution still satisfies it) LP is well posed.
            _lp.Reset();
            status = _lp.Solve();
        }

        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            throw new InvalidOperationException($"Le programme linéaire maître n'a pas de solution ({status}).");
        }

        var duals = _agent.Select(c => Math.Abs(c.DualValue())).ToArray();
        var free = Enumerable.Range(0, duals.Length).Where(i => _fixed[i] is null).Sum(i => duals[i]);
        if (free > 0)
        {
            for (var i = 0; i < duals.Length; i++)
            {
                duals[i] /= free;
            }
        }

        var z = _z.SolutionValue();
        var bound = z + Enumerable.Range(0, duals.Length).Where(i => _fixed[i] is not null).Sum(i => _agent[i].Lb() * duals[i]);
        return (z, _panels.Select(v => Math.Max(0, v.SolutionValue())).ToArray(), duals, bound);
    }

    public void Dispose() => _lp.Dispose();
}
