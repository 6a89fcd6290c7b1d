using Portal.Sortition.Drawing;

namespace Portal.Sortition.Fairness;

/// <summary>
/// A cheap pricing heuristic: from a valid panel, swap one member for one non-member while the swap
/// raises the panel's dual value and keeps every quota (panel size never changes, and a swap only
/// moves one count down and one count up per feature where the two differ, so checking those two
/// counts is enough for the new panel to stay valid). It finds improving panels in milliseconds, so
/// the exact MIP is mostly needed to prove that none is left. It never decides optimality.
/// </summary>
internal sealed class SwapSearch
{
    private const double MinGain = 1e-9;
    private readonly int[][] _quotaOf;
    private readonly int[] _min;
    private readonly int[] _max;
    private readonly int[] _eligible;

    public SwapSearch(Pool pool, Quotas quotas)
    {
        var features = quotas.Values.Select(q => q.Feature).Distinct(StringComparer.Ordinal).ToList();
        var index = quotas.Values.Select((q, k) => (q, k)).ToDictionary(p => (p.q.Feature, p.q.Value), p => p.k);
        _min = quotas.Values.Select(q => q.Min).ToArray();
        _max = quotas.Values.Select(q => q.Max).ToArray();
        // For each volunteer, its quota index on each constrained feature (-1: value without quota, never on a panel).
        _quotaOf = pool.Volunteers
            .Select(v => features.Select(f => index.TryGetValue((f, v.Features[f]), out var k) ? k : -1).ToArray())
            .ToArray();
        _eligible = Enumerable.Range(0, _quotaOf.Length).Where(i => !_quotaOf[i].Contains(-1)).ToArray();
    }

    /// <summary>Best-improvement swaps from <paramref name="start"/> (a valid panel) until none raises its value; sorted indexes.</summary>
    public int[] Improve(int[] start, IReadOnlyList<double> weights)
    {
        var inPanel = new bool[_quotaOf.Length];
        var counts = new int[_min.Length];
        foreach (var i in start)
        {
            inPanel[i] = true;
            foreach (var q in _quotaOf[i])
            {
                counts[q]++;
            }
        }

        var members = start.ToList();
        var outside = _eligible.Where(i => !inPanel[i]).OrderByDescending(i => weights[i]).ToList();
        while (true)
        {
            var (bestGain, bestOut, bestIn) = (MinGain, -1, -1);
            foreach (var a in members)
            {
                // Outsiders are sorted by weight: once the gain cannot beat the best, later ones cannot either.
                for (var k = 0; k < outside.Count && weights[outside[k]] - weights[a] > bestGain; k++)
                {
                    if (CanSwap(a, outside[k], counts))
                    {
                        (bestGain, bestOut, bestIn) = (weights[outside[k]] - weights[a], a, outside[k]);
                        break;
                    }
                }
            }

            if (bestOut < 0)
            {
                members.Sort();
                return [.. members];
            }

            for (var f = 0; f < _quotaOf[bestOut].Length; f++)
            {
                counts[_quotaOf[bestOut][f]]--;
                counts[_quotaOf[bestIn][f]]++;
            }

            members[members.IndexOf(bestOut)] = bestIn;
            outside.Remove(bestIn);
            var at = outside.FindIndex(i => weights[i] < weights[bestOut]);
            outside.Insert(at < 0 ? outside.Count : at, bestOut);
        }
    }

    private bool CanSwap(int a, int b, int[] counts)
    {
        for (var f = 0; f < _quotaOf[a].Length; f++)
        {
            var (qa, qb) = (_quotaOf[a][f], _quotaOf[b][f]);
            if (qa != qb && (counts[qa] - 1 < _min[qa] || counts[qb] + 1 > _max[qb]))
            {
                return false;
            }
        }

        return true;
    }
}
