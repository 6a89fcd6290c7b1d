using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>The min/max fallback (sequential stratified method) meets every bound and replays identically.</summary>
public sealed class SequentialDrawTests
{
    [Fact]
    public void Min_max_quotas_are_met_on_generated_pools()
    {
        for (var trial = 0; trial < 20; trial++)
        {
            var pool = SyntheticPools.Import(SyntheticPools.Random(300, features: 3, seed: 100 + trial));
            var quotas = ProportionalQuotas(pool, panelSize: 30, substitutes: 5);

            var result = SequentialDraw.Run(pool, quotas, new HashCounterGenerator(DrawFixtures.Seed(trial)));

            Assert.Equal(30, result.Members.Count);
            Assert.Equal(5, result.Substitutes.Count);
            var byId = pool.Volunteers.ToDictionary(v => v.Id, StringComparer.Ordinal);
            foreach (var q in quotas.Values)
            {
                Assert.InRange(result.Members.Count(m => byId[m.Id].Features[q.Feature] == q.Value), q.Min, q.Max);
            }

            Assert.Empty(result.Members.Select(m => m.Id).Intersect(result.Substitutes.Select(s => s.Id)));
        }
    }

    /// <summary>Bounds of ±1 around each value's proportional share of the panel, as organisers usually set them.</summary>
    public static Quotas ProportionalQuotas(Pool pool, int panelSize, int substitutes)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var values = pool.Features.SelectMany(f => pool.Volunteers.GroupBy(v => v.Features[f]).Select(g =>
        {
            var share = g.Count() * panelSize / pool.Volunteers.Count;
            return new ValueQuota(f, g.Key, Math.Max(0, share - 1), share + 2);
        })).ToList();
        return new Quotas(QuotaMode.MinMax, panelSize, 0, substitutes, [], [], values);
    }
}
