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
            var quotas = SyntheticPools.ProportionalQuotas(pool, panelSize: 30, substitutes: 5);

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
}
