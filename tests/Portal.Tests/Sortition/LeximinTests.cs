using System.Security.Cryptography;
using System.Text;
using Portal.Sortition.Drawing;
using Portal.Sortition.Fairness;

namespace Portal.Tests.Sortition;

/// <summary>LEXIMIN against maximin and the sequential fallback on generated pools.</summary>
public sealed class LeximinTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-6;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Leximin_is_at_least_as_fair_as_maximin_and_the_sequential_method(int seed)
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(90, features: 4, seed: 700 + seed));
        var quotas = SyntheticPools.ReferenceQuotas(pool, panelSize: 10, substitutes: 0);
        var progress = new List<FairnessProgress>();

        var leximin = LeximinSolver.Solve(pool, quotas, progress: new Collect(progress), cancellationToken: TestContext.Current.CancellationToken);
        var maximin = MaximinSolver.Solve(pool, quotas, cancellationToken: TestContext.Current.CancellationToken);
        var sequential = SequentialProbabilities(pool, quotas, runs: 300);

        var lexSorted = leximin.Selection.Order().ToArray();
        var maxSorted = maximin.Selection.Order().ToArray();
        output.WriteLine($"min : LEXIMIN {lexSorted[0]:0.0000}, maximin {maxSorted[0]:0.0000}, séquentiel (estimé) {sequential.Min():0.0000} ; " +
            $"volontaires au minimum : LEXIMIN {AtMinimum(lexSorted)}, maximin {AtMinimum(maxSorted)} ; médiane : LEXIMIN {lexSorted[45]:0.0000}, maximin {maxSorted[45]:0.0000} ; niveaux {leximin.Levels}");
        Assert.True(leximin.Converged);
        Assert.Equal(maxSorted[0], lexSorted[0], 5);
        Assert.True(lexSorted[0] >= sequential.Min() - Tolerance, $"LEXIMIN {lexSorted[0]} < séquentiel {sequential.Min()}");
        Assert.True(LexicographicallyAtLeast(lexSorted, maxSorted), "LEXIMIN trié doit être lexicographiquement ≥ maximin.");
        Assert.True(AtMinimum(lexSorted) <= AtMinimum(maxSorted));
        Assert.NotEmpty(progress);
        Assert.All(progress, p => Assert.InRange(p.Fraction, 0, 1));

        // The committed lottery: 1,000 tickets, every panel valid (the replay's own check).
        var table = FairLottery.Table(pool, quotas, leximin);
        Assert.Equal(1000, table.Panels.Sum(p => p.Tickets));
        LotteryDraw.Check(pool, quotas, table);
        foreach (var panel in leximin.Panels)
        {
            Assert.Equal(quotas.PanelSize, panel.Length);
            foreach (var q in quotas.Values)
            {
                Assert.InRange(panel.Count(i => pool.Volunteers[i].Features[q.Feature] == q.Value), q.Min, q.Max);
            }
        }
    }

    [Fact]
    public void A_spent_budget_still_gives_a_valid_distribution_reported_as_not_converged()
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(90, features: 4, seed: 701));
        var quotas = SyntheticPools.ReferenceQuotas(pool, panelSize: 10, substitutes: 0);

        var stopped = LeximinSolver.Solve(pool, quotas, TimeSpan.Zero, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(stopped.Converged);
        Assert.Equal(1.0, stopped.PanelProbabilities.Sum(), precision: 9);
        LotteryDraw.Check(pool, quotas, FairLottery.Table(pool, quotas, stopped));
    }

    private static int AtMinimum(double[] sorted) => sorted.Count(p => p <= sorted[0] + Tolerance);

    /// <summary>At the first index where the two differ by more than the tolerance, the first is higher.</summary>
    private static bool LexicographicallyAtLeast(double[] a, double[] b)
    {
        for (var k = 0; k < a.Length; k++)
        {
            if (Math.Abs(a[k] - b[k]) > Tolerance)
            {
                return a[k] > b[k];
            }
        }

        return true;
    }

    private static double[] SequentialProbabilities(Pool pool, Quotas quotas, int runs)
    {
        var index = pool.Volunteers.Select((v, k) => (v.Id, k)).ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);
        var probabilities = new double[pool.Volunteers.Count];
        for (var r = 0; r < runs; r++)
        {
            foreach (var m in SequentialDraw.Run(pool, quotas, new HashCounterGenerator(SHA256.HashData(Encoding.UTF8.GetBytes($"l{r}")))).Members)
            {
                probabilities[index[m.Id]] += 1.0 / runs;
            }
        }

        return probabilities;
    }

    /// <summary>Synchronous collector: <see cref="Progress{T}"/> would post to the thread pool and race the assertions.</summary>
    private sealed class Collect(List<FairnessProgress> into) : IProgress<FairnessProgress>
    {
        public void Report(FairnessProgress value) => into.Add(value);
    }
}
