using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>Exact cell quotas: always met, members and substitutes from the right cell, nobody twice.</summary>
public sealed class CellDrawTests
{
    private const int Trials = 60;
    private const int MinimumCheckedPools = 40;

    [Fact]
    public void Exact_cell_quotas_are_met_for_every_generated_pool_and_seed()
    {
        var checkedPools = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var pool = SyntheticPools.Import(SyntheticPools.Random(120 + (trial * 7), features: 3, seed: trial));
            var perCell = 1 + (trial % 2);
            var quotas = QuotasJson.Parse($$"""{"mode":"cellules","panelSize":0,"substitutesPerMember":1,"cellFeatures":["critère1","critère2"],"membersPerCell":{{perCell}}}""", pool);
            var sized = new Quotas(QuotaMode.Cells, quotas.Cells.Sum(c => c.Members), 1, 0, quotas.CellFeatures, quotas.Cells, []);
            if (!Feasibility.Check(pool, sized).IsFeasible)
            {
                continue;
            }

            for (var s = 0; s < 5; s++)
            {
                var result = CellDraw.Run(pool, sized, new HashCounterGenerator(DrawFixtures.Seed((trial * 10) + s)));

                AssertCellsExact(pool, sized, result);
            }

            checkedPools++;
        }

        // Infeasible pools are skipped: the test proves something only if most pools were drawn from.
        Assert.True(checkedPools >= MinimumCheckedPools, $"only {checkedPools} of {Trials} generated pools were feasible and drawn from");
    }

    [Fact]
    public void Haute_Garonne_assembly_draws_108_members_and_108_substitutes_from_2000_volunteers()
    {
        var pool = SyntheticPools.Import(SyntheticPools.HauteGaronne(2000, seed: 31));
        var quotas = QuotasJson.Parse(DrawFixtures.HauteGaronneQuotas, pool);
        Assert.True(Feasibility.Check(pool, quotas).IsFeasible);

        var result = CellDraw.Run(pool, quotas, new HashCounterGenerator(DrawFixtures.Seed(31)));

        Assert.Equal(2000, pool.Volunteers.Count);
        Assert.Equal(108, quotas.Cells.Count);
        Assert.Equal(108, result.Members.Count);
        Assert.Equal(108, result.Substitutes.Count);
        AssertCellsExact(pool, quotas, result);
        Assert.Equal(54, result.Members.Count(m => m.Stratum.Contains("femme", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(1, 108), result.Members.Select(m => m.Rank));
    }

    [Fact]
    public void Same_seed_gives_the_same_panel_and_another_seed_another_one()
    {
        var pool = SyntheticPools.Import(SyntheticPools.HauteGaronne(600, seed: 5));
        var quotas = QuotasJson.Parse(DrawFixtures.HauteGaronneQuotas, pool);

        var first = CellDraw.Run(pool, quotas, new HashCounterGenerator(DrawFixtures.Seed(1))).ToCsv();
        var again = CellDraw.Run(pool, quotas, new HashCounterGenerator(DrawFixtures.Seed(1))).ToCsv();
        var other = CellDraw.Run(pool, quotas, new HashCounterGenerator(DrawFixtures.Seed(2))).ToCsv();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    private static void AssertCellsExact(Pool pool, Quotas quotas, DrawResult result)
    {
        var cellOf = pool.Volunteers.ToDictionary(v => v.Id, quotas.CellKeyOf, StringComparer.Ordinal);
        var everyone = result.Members.Concat(result.Substitutes).Select(p => p.Id).ToList();
        Assert.Equal(everyone.Count, everyone.Distinct(StringComparer.Ordinal).Count());
        foreach (var cell in quotas.Cells)
        {
            Assert.Equal(cell.Members, result.Members.Count(m => cellOf[m.Id] == cell.Key));
            Assert.Equal(cell.Members * quotas.SubstitutesPerMember, result.Substitutes.Count(m => cellOf[m.Id] == cell.Key));
        }
    }
}
