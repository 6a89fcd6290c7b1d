using Google.OrTools.LinearSolver;

namespace Portal.Sortition.Fairness;

/// <summary>
/// The master LP of maximin, kept between iterations so GLOP restarts from its last basis:
/// maximise z subject to Σ_{P∋i} π_P ≥ z for every volunteer i, Σ π_P = 1, π ≥ 0.
/// </summary>
internal sealed class MasterLp : IDisposable
{
    private readonly Solver _lp;
    private readonly Variable _z;
    private readonly Constraint _sum;
    private readonly Constraint[] _agent;
    private readonly List<Variable> _panels = [];

    public MasterLp(int volunteers)
    {
        _lp = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("Solveur GLOP indisponible.");
        _z = _lp.MakeNumVar(0, 1, "z");
        _sum = _lp.MakeConstraint(1, 1, "somme");
        _agent = new Constraint[volunteers];
        for (var i = 0; i < volunteers; i++)
        {
            _agent[i] = _lp.MakeConstraint(0, double.PositiveInfinity, $"a{i}");
            _agent[i].SetCoefficient(_z, -1);
        }

        _lp.Objective().SetCoefficient(_z, 1);
        _lp.Objective().SetMaximization();
    }

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

    /// <summary>Solves; returns z, each panel's weight and the volunteers' dual weights normalised to sum 1.</summary>
    public (double Z, double[] Probabilities, double[] Duals) Solve()
    {
        _lp.Solve();
        var duals = _agent.Select(c => Math.Abs(c.DualValue())).ToArray();
        var total = duals.Sum();
        if (total > 0)
        {
            for (var i = 0; i < duals.Length; i++)
            {
                duals[i] /= total;
            }
        }

        return (_z.SolutionValue(), _panels.Select(v => Math.Max(0, v.SolutionValue())).ToArray(), duals);
    }

    public void Dispose() => _lp.Dispose();
}
