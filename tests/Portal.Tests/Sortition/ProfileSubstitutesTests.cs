using System.Security.Cryptography;
using System.Text;
using Portal.Sortition.Drawing;
using Portal.Sortition.Fairness;

namespace Portal.Tests.Sortition;

/// <summary>Substitutes of the sequential and lottery draws (version 2): calling the next substitute of a member's stratum keeps every quota.</summary>
public sealed class ProfileSubstitutesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Sequential_substitutes_replace_every_member_within_the_quotas(int seed)
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(150, features: 4, seed: 800 + seed));
        var quotas = SyntheticPools.ReferenceQuotas(pool, panelSize: 15, substitutes: 15);

        var result = SequentialDraw.Run(pool, quotas, Generator(seed));

        AssertEveryReplacementKeepsQuotas(pool, quotas, result);
    }

    [Fact]
    public void Lottery_substitutes_cover_every_canton_gender_and_age_of_the_assembly()
    {
        // The département's assembly with min/max quotas on canton, gender and age band: 108 members, 108 substitutes.
        var pool = SyntheticPools.Import(SyntheticPools.HauteGaronne(1236, seed: 16));
        var quotas = new Quotas(QuotaMode.MinMax, 108, 0, 108, [], [], [
            .. SyntheticPools.Cantons.Select(c => new ValueQuota("canton", c, 4, 4)),
            .. SyntheticPools.Genders.Select(g => new ValueQuota("genre", g, 54, 54)),
            .. SyntheticPools.AgeBands.Select(a => new ValueQuota("tranche d'âge", a, 54, 54))]);
        var table = FairLottery.Table(pool, quotas, MaximinSolver.Solve(pool, quotas, TimeSpan.FromSeconds(20), cancellationToken: TestContext.Current.CancellationToken));

        var result = LotteryDraw.Run(pool, quotas, table, Generator(4));

        Assert.Equal(108, result.Substitutes.Count);
        AssertEveryReplacementKeepsQuotas(pool, quotas, result);
    }

    [Fact]
    public void Version_1_lottery_kits_still_replay()
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(100, features: 3, seed: 77));
        var quotas = SyntheticPools.ProportionalQuotas(pool, panelSize: 10, substitutes: 3);
        var table = FairLottery.Table(pool, quotas, MaximinSolver.Solve(pool, quotas, cancellationToken: TestContext.Current.CancellationToken));
        var commitment = new Commitment(LotteryDraw.Version1, pool.Hash, QuotasJson.Hash(quotas), "balise publique, tour 4242",
            new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), Hashes.Sha256Hex(table.ToBytes()));
        var seed = commitment.Seed("8f3a…");
        var result = LotteryDraw.Run(pool, quotas, table, new HashCounterGenerator(seed), version1: true);
        var kit = new KitFiles(pool.ToBytes(), QuotasJson.ToBytes(quotas), commitment.ToText(), "8f3a…", Convert.ToHexStringLower(seed), result.ToBytes(), table.ToBytes(), table.ProbabilitiesCsv(pool));

        var outcome = KitVerifier.Verify(kit);

        Assert.True(outcome.Success, string.Join('\n', outcome.Lines));
        Assert.All(result.Substitutes, s => Assert.Equal(string.Empty, s.Stratum));
        Assert.Contains("OK     les probabilités publiées (probabilites.csv) se recomptent dans la table des panels.", outcome.Lines);
    }

    /// <summary>For each member, the first substitute of their stratum exists and the panel with that exchange meets every bound.</summary>
    private static void AssertEveryReplacementKeepsQuotas(Pool pool, Quotas quotas, DrawResult result)
    {
        var byId = pool.Volunteers.ToDictionary(v => v.Id, StringComparer.Ordinal);
        Assert.Equal(quotas.Substitutes, result.Substitutes.Count);
        Assert.Empty(result.Substitutes.Select(s => s.Id).Intersect(result.Members.Select(m => m.Id)));
        var used = result.Members.Concat(result.Substitutes).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var member in result.Members)
        {
            Assert.Equal(ProfileSubstitutes.Profile(quotas, byId[member.Id]), member.Stratum);
            var substitute = result.Substitutes.FirstOrDefault(s => s.Stratum == member.Stratum);
            if (substitute is null)
            {
                // The pool's pseudonymous IDs are drawn at each import, so the panel varies: a member may be left
                // without a substitute only when no volunteer left in the pool could take their seat within the quotas.
                var others = result.Members.Where(m => m.Id != member.Id).Select(m => byId[m.Id]).ToList();
                Assert.DoesNotContain(pool.Volunteers.Where(v => !used.Contains(v.Id)), v => quotas.Values.All(q =>
                    others.Append(v).Count(p => p.Features[q.Feature] == q.Value) is var n && n >= q.Min && n <= q.Max));
                continue;
            }

            var panel = result.Members.Select(m => m.Id == member.Id ? substitute.Id : m.Id).Select(id => byId[id]).ToList();
            foreach (var q in quotas.Values)
            {
                Assert.InRange(panel.Count(v => v.Features[q.Feature] == q.Value), q.Min, q.Max);
            }
        }
    }

    private static HashCounterGenerator Generator(int seed) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"suppléants-{seed}")));
}
