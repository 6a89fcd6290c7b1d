using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>
/// The exact maximin optimum when the quotas bound at most two features, computed without the solvers
/// under test: with classes (a, b) of n_ab volunteers, a lottery gives each volunteer of (a, b) at least
/// z iff some expected seat counts x_ab with z·n_ab ≤ x_ab ≤ n_ab meet the row bounds of feature A, the
/// column bounds of feature B and the panel size. That is a flow with lower bounds in a bipartite
/// network, whose polytope has integral vertices, so every such x is a mix of valid panels: the largest
/// feasible z (binary search on a max-flow feasibility test) is the optimum. One feature is the case of
/// a single column. Null when the structure does not allow it (three features or more, or a volunteer
/// whose value has no quota).
/// </summary>
public static class FlowBound
{
    public static double? Optimum(Pool pool, Quotas quotas)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(quotas);
        var features = quotas.Values.Select(q => q.Feature).Distinct(StringComparer.Ordinal).ToList();
        if (features.Count is 0 or > 2)
        {
            return null;
        }

        var rows = quotas.Values.Where(q => q.Feature == features[0]).ToList();
        var columns = features.Count == 2
            ? quotas.Values.Where(q => q.Feature == features[1]).ToList()
            : [new ValueQuota("(tous)", string.Empty, 0, quotas.PanelSize)];
        string Column(Volunteer v) => features.Count == 2 ? v.Features[features[1]] : string.Empty;
        var sizes = new double[rows.Count, columns.Count];
        foreach (var v in pool.Volunteers)
        {
            var a = rows.FindIndex(q => q.Value == v.Features[features[0]]);
            var b = columns.FindIndex(q => q.Value == Column(v));
            if (a < 0 || b < 0)
            {
                return null;
            }

            sizes[a, b]++;
        }

        if (!Feasible(0, sizes, rows, columns, quotas.PanelSize))
        {
            return null;
        }

        var (low, high) = (0.0, 1.0);
        for (var step = 0; step < 40; step++)
        {
            var mid = (low + high) / 2;
            (low, high) = Feasible(mid, sizes, rows, columns, quotas.PanelSize) ? (mid, high) : (low, mid);
        }

        return low;
    }

    /// <summary>Circulation with lower bounds: source → row a [min, max], a → column b [z·n_ab, n_ab], b → sink [min, max], sink → source [k, k].</summary>
    private static bool Feasible(double z, double[,] sizes, List<ValueQuota> rows, List<ValueQuota> columns, int panelSize)
    {
        var (r, c) = (rows.Count, columns.Count);
        var (source, sink, superSource, superSink) = (r + c, r + c + 1, r + c + 2, r + c + 3);
        var network = new Network(r + c + 4);
        var excess = new double[r + c + 4];
        void Edge(int from, int to, double lower, double upper)
        {
            network.Add(from, to, upper - lower);
            excess[to] += lower;
            excess[from] -= lower;
        }

        for (var a = 0; a < r; a++)
        {
            Edge(source, a, rows[a].Min, rows[a].Max);
            for (var b = 0; b < c; b++)
            {
                Edge(a, r + b, z * sizes[a, b], sizes[a, b]);
            }
        }

        for (var b = 0; b < c; b++)
        {
            Edge(r + b, sink, columns[b].Min, columns[b].Max);
        }

        Edge(sink, source, panelSize, panelSize);
        var demand = 0.0;
        for (var v = 0; v < r + c + 2; v++)
        {
            if (excess[v] > 0)
            {
                network.Add(superSource, v, excess[v]);
                demand += excess[v];
            }
            else if (excess[v] < 0)
            {
                network.Add(v, superSink, -excess[v]);
            }
        }

        return network.MaxFlow(superSource, superSink) >= demand - 1e-9;
    }

    /// <summary>Edmonds–Karp on a small dense network of real capacities.</summary>
    private sealed class Network(int nodes)
    {
        private readonly double[,] _capacity = new double[nodes, nodes];

        public void Add(int from, int to, double capacity) => _capacity[from, to] += Math.Max(0, capacity);

        public double MaxFlow(int s, int t)
        {
            var total = 0.0;
            while (true)
            {
                var parent = Enumerable.Repeat(-1, nodes).ToArray();
                parent[s] = s;
                var queue = new Queue<int>([s]);
                while (queue.Count > 0 && parent[t] < 0)
                {
                    var u = queue.Dequeue();
                    for (var v = 0; v < nodes; v++)
                    {
                        if (parent[v] < 0 && _capacity[u, v] > 1e-12)
                        {
                            parent[v] = u;
                            queue.Enqueue(v);
                        }
                    }
                }

                if (parent[t] < 0)
                {
                    return total;
                }

                var push = double.PositiveInfinity;
                for (var v = t; v != s; v = parent[v])
                {
                    push = Math.Min(push, _capacity[parent[v], v]);
                }

                for (var v = t; v != s; v = parent[v])
                {
                    _capacity[parent[v], v] -= push;
                    _capacity[v, parent[v]] += push;
                }

                total += push;
            }
        }
    }
}
