using Portal.Sortition.Drawing;
using Portal.Sortition.Fairness;

namespace Portal.Tests.Sortition;

/// <summary>Exact cells (one seat per canton × genre × âge) and ranges on diploma in one set of quotas.</summary>
public sealed class CrossedCellsTests
{
    private const string Quotas = """
        {"mode":"minmax","panelSize":108,"substitutes":108,
         "cells":{"features":["canton","genre","tranche d'âge"],"membersPerCell":1},
         "quotas":[{"feature":"diplôme","value":"aucun","min":10,"max":40},{"feature":"diplôme","value":"CAP-BEP","min":10,"max":40},
                   {"feature":"diplôme","value":"bac","min":10,"max":40},{"feature":"diplôme","value":"bac+2","min":10,"max":40},
                   {"feature":"diplôme","value":"bac+3 et plus","min":10,"max":40}]}
        """;

    [Fact]
    public void One_seat_per_cell_and_diploma_ranges_are_expressible_together()
    {
        var imported = SyntheticPools.Import(SyntheticPools.HauteGaronne(1236, seed: 16));

        var (pool, json) = CrossedCells.Expand(imported, Quotas);
        var quotas = QuotasJson.Parse(json, pool);
        var table = FairLottery.Table(pool, quotas, MaximinSolver.Solve(pool, quotas, TimeSpan.FromSeconds(20), cancellationToken: TestContext.Current.CancellationToken));
        var result = LotteryDraw.Run(pool, quotas, table, SyntheticPools.Generator(16));

        Assert.True(Feasibility.Check(pool, quotas).IsFeasible);
        Assert.Equal(108 + 5, quotas.Values.Count);
        LotteryDraw.Check(pool, quotas, table);
        var byId = pool.Volunteers.ToDictionary(v => v.Id);
        var cells = result.Members.Select(m => byId[m.Id]).GroupBy(v => (v.Features["canton"], v.Features["genre"], v.Features["tranche d'âge"])).ToList();
        Assert.Equal(108, cells.Count);
        Assert.All(result.Members.Select(m => byId[m.Id]).GroupBy(v => v.Features["diplôme"]), g => Assert.InRange(g.Count(), 10, 40));
        // Each member's substitute comes from the same cell: the replacement keeps one seat per cell.
        const string cell = "canton × genre × tranche d'âge";
        Assert.All(result.Members, m => Assert.Equal(byId[m.Id].Features[cell], byId[result.Substitutes.First(s => s.Stratum == m.Stratum).Id].Features[cell]));
    }

    [Fact]
    public void A_cell_feature_missing_from_the_pool_is_refused_in_french()
    {
        var pool = SyntheticPools.Import(SyntheticPools.HauteGaronne(200, seed: 3));

        var error = Assert.Throws<FormatException>(() => CrossedCells.Expand(pool, Quotas.Replace("\"canton\",", "\"commune\",", StringComparison.Ordinal)));

        Assert.Equal("Le critère « commune » n'est pas une colonne du vivier.", error.Message);
    }
}
