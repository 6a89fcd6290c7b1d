using Google.OrTools.LinearSolver;
using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>A fair distribution rounded to whole tickets: the panels, their tickets and each volunteer's tickets.</summary>
public sealed record RoundedLottery(IReadOnlyList<int[]> Panels, IReadOnlyList<int> Tickets, IReadOnlyList<int> VolunteerTickets, bool EqualWithinProfiles)
{
    public int MinimumTickets => VolunteerTickets.Count == 0 ? 0 : VolunteerTickets.Min();

    public double[] Selection => VolunteerTickets.Select(t => t / (double)Tickets.Sum()).ToArray();
}

/// <summary>
/// Rounds a distribution over panels to a lottery of whole tickets, per volunteer rather than per panel
/// (largest remainder per panel loses up to a ticket for each panel a volunteer sits on):
/// 1. Symmetrise: only how many members of each class (<see cref="ProfileClasses"/>) a panel holds matters
///    for the quotas, so the distribution becomes one over class-count vectors, each volunteer of class c
///    getting the class average (never below the minimum; LEXIMIN's optimum is already symmetric).
/// 2. An integer program gives the vectors (those of the distribution and every other panel the column
///    generation found) whole tickets summing to the total and maximises M such that every class c holds
///    K_c ≥ |c|·M seats over all tickets. Starting from the largest-remainder rounding as a hint, it
///    reaches M = ⌊tickets × minimum⌋ (the rounded-down optimum) unless no integer mix of these vectors
///    does; the M reached is what the result reports, never more.
/// 3. Realise each ticket: for each class, take its next members in a cycle over the class (ID order), so
///    each volunteer sits on ⌊K_c/|c|⌋ or ⌈K_c/|c|⌉ tickets: interchangeable volunteers are at most one
///    ticket apart (exactly equal is impossible in general: three of them sharing 1,000 seats).
/// </summary>
public static class TicketRounding
{
    private const double Epsilon = 1e-6;

    /// <summary>
    /// Time limit of the integer program; its best solution so far is used when it is reached. It usually
    /// ends in seconds; under load the search for the last ticket took over 15 s, so the limit is generous.
    /// </summary>
    private const int TimeLimitMilliseconds = 60_000;

    /// <summary>How many tickets a vector may move away from its exact share in the integer program.</summary>
    private const int Slack = 2;

    public static RoundedLottery Round(Pool pool, Quotas quotas, PanelDistribution distribution, int tickets = LotteryTable.TotalTickets)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(distribution);
        var classes = new ProfileClasses(pool, quotas);
        var vectors = new Dictionary<string, (int[] Counts, double Weight)>(StringComparer.Ordinal);
        void Add(int[] panel, double weight)
        {
            var counts = classes.Counts(panel);
            var key = string.Join(',', counts);
            vectors[key] = (counts, (vectors.TryGetValue(key, out var seen) ? seen.Weight : 0) + weight);
        }

        for (var p = 0; p < distribution.Panels.Count; p++)
        {
            Add(distribution.Panels[p], distribution.PanelProbabilities[p]);
        }

        foreach (var panel in distribution.Candidates)
        {
            Add(panel, 0);
        }

        var support = vectors.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value).ToList();
        var sizes = classes.Members.Select(m => m.Length).ToArray();
        // Classes on no panel at all hold no seat whatever the rounding: they cannot bound M.
        var seated = Enumerable.Range(0, classes.Count).Where(c => support.Any(v => v.Counts[c] > 0)).ToList();
        var target = (int)Math.Floor((tickets * distribution.MinimumProbability) + Epsilon);
        var rounded = Solve(support, sizes, seated, tickets, target);
        return Realise(classes, support.Select(s => s.Counts).ToList(), rounded, pool.Volunteers.Count);
    }

    /// <summary>Tickets per class-count vector: the integer program's best, or the largest-remainder hint if it found nothing better.</summary>
    private static int[] Solve(List<(int[] Counts, double Weight)> vectors, int[] sizes, List<int> seated, int tickets, int target)
    {
        var hint = LargestRemainder(vectors.Select(v => v.Weight * tickets).ToArray(), tickets);
        using var solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("Solveur SCIP indisponible.");
        solver.SetTimeLimit(TimeLimitMilliseconds);
        // Each vector stays within a few tickets of its exact share: the fractional optimum lies inside these
        // bounds, and the narrow box lets SCIP settle in seconds where free integers take minutes.
        var t = vectors.Select((x, v) => solver.MakeIntVar(Math.Max(0, Math.Floor(x.Weight * tickets) - Slack), Math.Floor(x.Weight * tickets) + Slack + 1, $"t{v}")).ToArray();
        var level = solver.MakeIntVar(0, Math.Max(0, target), "M");
        var total = solver.MakeConstraint(tickets, tickets, "billets");
        foreach (var x in t)
        {
            total.SetCoefficient(x, 1);
        }

        foreach (var c in seated)
        {
            // K_c = Σ_v t_v·v_c ≥ |c|·M.
            var seats = solver.MakeConstraint(0, double.PositiveInfinity, $"k{c}");
            seats.SetCoefficient(level, -sizes[c]);
            for (var v = 0; v < vectors.Count; v++)
            {
                if (vectors[v].Counts[c] > 0)
                {
                    seats.SetCoefficient(t[v], vectors[v].Counts[c]);
                }
            }
        }

        solver.Objective().SetCoefficient(level, 1);
        solver.Objective().SetMaximization();
        solver.SetHint(t, hint.Select(x => (double)x).ToArray());
        var status = solver.Solve();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return hint;
        }

        var solution = t.Select(x => (int)Math.Round(x.SolutionValue())).ToArray();
        return Level(vectors, sizes, seated, solution) >= Level(vectors, sizes, seated, hint) ? solution : hint;
    }

    /// <summary>The largest M with K_c ≥ |c|·M for every seated class.</summary>
    private static int Level(List<(int[] Counts, double Weight)> vectors, int[] sizes, List<int> seated, int[] rounded) =>
        seated.Count == 0 ? 0 : seated.Min(c => Enumerable.Range(0, vectors.Count).Sum(v => rounded[v] * vectors[v].Counts[c]) / sizes[c]);

    private static int[] LargestRemainder(double[] exact, int tickets)
    {
        var counts = exact.Select(x => (int)Math.Floor(x + Epsilon)).ToArray();
        var left = tickets - counts.Sum();
        foreach (var k in Enumerable.Range(0, counts.Length).OrderByDescending(k => exact[k] - counts[k]).ThenBy(k => k).Take(Math.Max(0, left)))
        {
            counts[k]++;
        }

        return counts;
    }

    private static RoundedLottery Realise(ProfileClasses classes, List<int[]> vectors, int[] rounded, int poolSize)
    {
        var next = new int[classes.Count];
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var panels = new List<int[]>();
        var counts = new List<int>();
        var volunteerTickets = new int[poolSize];
        for (var v = 0; v < vectors.Count; v++)
        {
            for (var k = 0; k < rounded[v]; k++)
            {
                var panel = new List<int>();
                for (var c = 0; c < classes.Count; c++)
                {
                    var members = classes.Members[c];
                    for (var j = 0; j < vectors[v][c]; j++)
                    {
                        panel.Add(members[next[c] % members.Length]);
                        next[c]++;
                    }
                }

                panel.Sort();
                foreach (var i in panel)
                {
                    volunteerTickets[i]++;
                }

                var key = string.Join(',', panel);
                if (byKey.TryGetValue(key, out var at))
                {
                    counts[at]++;
                }
                else
                {
                    byKey[key] = panels.Count;
                    panels.Add([.. panel]);
                    counts.Add(1);
                }
            }
        }

        var equal = classes.Members.All(m => m.All(i => volunteerTickets[i] == volunteerTickets[m[0]]));
        return new RoundedLottery(panels, counts, volunteerTickets, equal);
    }
}
