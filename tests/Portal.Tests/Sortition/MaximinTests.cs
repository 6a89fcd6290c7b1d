using System.Security.Cryptography;
using System.Text;
using Portal.Sortition.Drawing;
using Portal.Sortition.Fairness;

namespace Portal.Tests.Sortition;

/// <summary>Maximin (column generation) against the sequential fallback on generated pools.</summary>
public sealed class MaximinTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Maximin_minimum_probability_is_at_least_the_sequential_methods(int seed)
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(120, features: 4, seed: 500 + seed));
        var quotas = SyntheticPools.ProportionalQuotas(pool, panelSize: 12, substitutes: 0);

        var maximin = MaximinSolver.Solve(pool, quotas, cancellationToken: TestContext.Current.CancellationToken);
        var sequential = SequentialProbabilities(pool, quotas, runs: 400);

        output.WriteLine($"maximin min {maximin.MinimumProbability:0.0000} (après arrondi à 1 000 billets {TicketRounding.Round(pool, quotas, maximin).Selection.Min():0.0000}), séquentiel min estimé {sequential.Min():0.0000}");
        Assert.True(maximin.Converged);
        Assert.True(maximin.MinimumProbability >= sequential.Min(), $"maximin {maximin.MinimumProbability} < séquentiel {sequential.Min()}");
        Assert.Equal(1.0, maximin.PanelProbabilities.Sum(), precision: 9);
        Assert.Equal(1000, TicketRounding.Round(pool, quotas, maximin).Tickets.Sum());
        foreach (var panel in maximin.Panels)
        {
            AssertMeetsQuotas(pool, quotas, panel);
        }
    }

    private static double[] SequentialProbabilities(Pool pool, Quotas quotas, int runs)
    {
        var index = pool.Volunteers.Select((v, k) => (v.Id, k)).ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);
        var probabilities = new double[pool.Volunteers.Count];
        for (var r = 0; r < runs; r++)
        {
            var result = SequentialDraw.Run(pool, quotas, new HashCounterGenerator(SHA256.HashData(Encoding.UTF8.GetBytes($"s{r}"))));
            foreach (var m in result.Members)
            {
                probabilities[index[m.Id]] += 1.0 / runs;
            }
        }

        return probabilities;
    }

    private static void AssertMeetsQuotas(Pool pool, Quotas quotas, int[] panel)
    {
        Assert.Equal(quotas.PanelSize, panel.Length);
        foreach (var q in quotas.Values)
        {
            Assert.InRange(panel.Count(i => pool.Volunteers[i].Features[q.Feature] == q.Value), q.Min, q.Max);
        }
    }
}
