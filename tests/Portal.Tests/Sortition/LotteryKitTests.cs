using System.Text;
using Portal.Sortition.Drawing;
using Portal.Sortition.Fairness;

namespace Portal.Tests.Sortition;

/// <summary>A maximin ticket table committed with the pool: the replay checks the panels and draws the ticket, never re-solving.</summary>
public sealed class LotteryKitTests
{
    private static KitFiles LotteryKit(out LotteryTable table)
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(100, features: 3, seed: 77));
        var quotas = SyntheticPools.ProportionalQuotas(pool, panelSize: 10, substitutes: 3);
        table = FairLottery.Table(pool, quotas, MaximinSolver.Solve(pool, quotas));
        var commitment = new Commitment(LotteryDraw.Algorithm, pool.Hash, QuotasJson.Hash(quotas), "balise publique, tour 4242",
            new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), Hashes.Sha256Hex(table.ToBytes()));
        var seed = commitment.Seed("8f3a…");
        var result = LotteryDraw.Run(pool, quotas, table, new HashCounterGenerator(seed));
        return new KitFiles(pool.ToBytes(), QuotasJson.ToBytes(quotas), commitment.ToText(), "8f3a…", Convert.ToHexStringLower(seed), result.ToBytes(), table.ToBytes());
    }

    [Fact]
    public void Lottery_kit_replays_and_its_table_has_1000_tickets_of_valid_panels()
    {
        var kit = LotteryKit(out var table);

        var outcome = KitVerifier.Verify(VerificationKit.Read(new MemoryStream(VerificationKit.Write(kit, DateTime.UnixEpoch.AddYears(40)))));

        Assert.True(outcome.Success, string.Join('\n', outcome.Lines));
        Assert.Contains("OK     la table des panels correspond à l'empreinte de l'engagement.", outcome.Lines);
        Assert.Equal(1000, table.Panels.Sum(p => p.Tickets));
        Assert.Equal(10, DrawResult.FromCsv(Encoding.UTF8.GetString(kit.Result)).Members.Count);
    }

    [Fact]
    public void Changed_ticket_table_is_refused()
    {
        var kit = LotteryKit(out var table);
        var first = table.Panels[0];
        var altered = new LotteryTable([first with { Tickets = first.Tickets + 1 }, .. table.Panels.Skip(1)]);

        var outcome = KitVerifier.Verify(kit with { Panels = altered.ToBytes() });

        Assert.False(outcome.Success);
        Assert.Contains("ÉCHEC  la table des panels manque ou ne correspond pas à l'empreinte de l'engagement.", outcome.Lines);
    }

    [Fact]
    public void Committed_panel_that_breaks_a_quota_is_rejected_before_drawing()
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(100, features: 3, seed: 77));
        var quotas = SyntheticPools.ProportionalQuotas(pool, panelSize: 10, substitutes: 3);
        var q = quotas.Values.First(v => v.Max < 10);
        var tooMany = pool.Volunteers.Where(v => v.Features[q.Feature] == q.Value).Take(10).Select(v => v.Id).ToList();
        var table = new LotteryTable([new LotteryPanel(1000, tooMany)]);

        var error = Assert.Throws<InvalidOperationException>(() => LotteryDraw.Check(pool, quotas, table));

        Assert.Contains($"{q.Feature} = {q.Value} compte", error.Message, StringComparison.Ordinal);
    }
}
