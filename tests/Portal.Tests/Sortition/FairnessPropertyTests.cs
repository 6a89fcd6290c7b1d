using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Portal.Sortition.Drawing;
using Portal.Sortition.Fairness;
using Portal.Sortition.Public;
using Portal.Sortition.Storage;

namespace Portal.Tests.Sortition;

/// <summary>
/// Properties of the fair lottery on random pools whose quotas bound one or two features, where
/// <see cref="FlowBound"/> computes the exact maximin optimum independently: maximin and LEXIMIN reach
/// it, the committed 1,000-ticket table keeps everyone at its rounded-down value, and volunteers with
/// identical public profiles hold the same number of tickets, to one ticket (0.1 point).
/// </summary>
public sealed class FairnessPropertyTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Fair_lotteries_reach_the_flow_optimum_and_treat_identical_profiles_alike()
    {
        var checkedCases = 0;
        var property = Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            var (pool, quotas) = RandomCase(seed);
            if (FlowBound.Optimum(pool, quotas) is not { } optimum)
            {
                return true;
            }

            checkedCases++;
            var leximin = LeximinSolver.Solve(pool, quotas);
            var maximin = leximin.Maximin!;
            var committed = FairDistributionSolver.Choose(pool, quotas, leximin);
            var tickets = LotteryDraw.Probabilities(committed.Table);
            var rounded = (int)Math.Floor((optimum * LotteryTable.TotalTickets) + Tolerance);

            Assert.True(maximin.Converged && leximin.Converged, $"graine {seed} : calcul non convergé");
            Assert.True(Math.Abs(maximin.MinimumProbability - optimum) < 1e-5, $"graine {seed} : maximin {maximin.MinimumProbability} ≠ optimum du flot {optimum}");
            Assert.True(leximin.MinimumProbability >= optimum - 1e-5, $"graine {seed} : LEXIMIN {leximin.MinimumProbability} < optimum {optimum}");
            Assert.True(committed.Figures.MinimumTickets >= rounded, $"graine {seed} : {committed.Figures.MinimumTickets} billets < optimum arrondi {rounded}");
            LotteryDraw.Check(pool, quotas, committed.Table);
            foreach (var profile in pool.Volunteers.GroupBy(v => string.Join('|', v.Features.Values)))
            {
                // Whole tickets: interchangeable volunteers are at most one ticket apart (exactly equal when the totals divide).
                var counts = profile.Select(v => (int)Math.Round(tickets.GetValueOrDefault(v.Id) * LotteryTable.TotalTickets)).ToList();
                Assert.True(counts.Max() - counts.Min() <= 1, $"graine {seed} : profil {profile.Key} avec des billets {string.Join('/', counts.Distinct())}");
                var unrounded = profile.Select(v => leximin.Selection[IndexOf(pool, v)]).ToList();
                Assert.True(unrounded.Max() - unrounded.Min() < 1e-4, $"graine {seed} : LEXIMIN non symétrique sur {profile.Key}");
            }

            return true;
        });

        // A fixed replay: the same 25 pools on every run.
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(25).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261128UL, 1UL), FSharpOption<int>.None))), property);
        output.WriteLine($"{checkedCases} cas vérifiés contre l'optimum du flot.");
        Assert.True(checkedCases >= 15, $"trop peu de cas où la borne est calculable : {checkedCases}");
    }

    [Fact]
    public void Leximin_stopped_by_its_budget_is_never_below_maximin()
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(120, features: 4, seed: 702));
        var quotas = SyntheticPools.ReferenceQuotas(pool, panelSize: 12, substitutes: 0);
        var maximin = FairDistributionSolver.Choose(pool, quotas, MaximinSolver.Solve(pool, quotas, cancellationToken: TestContext.Current.CancellationToken));

        foreach (var budget in new[] { 0.0, 0.3, 1.0, 3.0 })
        {
            var leximin = FairDistributionSolver.Choose(pool, quotas, LeximinSolver.Solve(pool, quotas, TimeSpan.FromSeconds(budget), cancellationToken: TestContext.Current.CancellationToken));
            output.WriteLine($"budget {budget} s : {leximin.Figures.Method}, {leximin.Figures.MinimumTickets} billets au minimum (maximin {maximin.Figures.MinimumTickets}), LEXIMIN complet {leximin.Figures.LeximinComplete}");
            LotteryDraw.Check(pool, quotas, leximin.Table);
            if (leximin.Figures.OptimumProven)
            {
                Assert.True(leximin.Figures.MinimumTickets >= maximin.Figures.MinimumTickets, $"budget {budget} s : LEXIMIN sous maximin");
            }

            // The public statement claims the later levels only when LEXIMIN ran to its end.
            Assert.Equal(leximin.Figures.LeximinComplete, leximin.Figures.Statement().Any(l => l.StartsWith("LEXIMIN complet", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Public_text_claims_the_later_leximin_levels_only_when_leximin_ran_to_its_end()
    {
        var partial = new FairnessFigures(DrawMethod.Leximin, 37, 0.037, true, 0.037, 3, false, false);
        const string claim = "puis, sans la baisser, la suivante";

        Assert.DoesNotContain(claim, MethodTexts.Explanation(DrawMethod.Leximin, partial), StringComparison.Ordinal);
        Assert.DoesNotContain(claim, MethodTexts.Explanation(DrawMethod.Leximin), StringComparison.Ordinal);
        Assert.Contains(claim, MethodTexts.Explanation(DrawMethod.Leximin, partial with { LeximinComplete = true }), StringComparison.Ordinal);
        Assert.Contains("Optimum prouvé", partial.Statement()[1], StringComparison.Ordinal);
        Assert.StartsWith("Optimum non prouvé", (partial with { OptimumProven = false, Optimum = 0.035 }).Statement()[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_to_tickets_keeps_everyone_at_the_rounded_down_minimum()
    {
        var pool = SyntheticPools.Import(SyntheticPools.Random(150, features: 4, seed: 703));
        var quotas = SyntheticPools.ReferenceQuotas(pool, panelSize: 15, substitutes: 0);
        var distribution = LeximinSolver.Solve(pool, quotas, cancellationToken: TestContext.Current.CancellationToken);

        var rounded = TicketRounding.Round(pool, quotas, distribution);

        Assert.Equal(LotteryTable.TotalTickets, rounded.Tickets.Sum());
        Assert.True(rounded.MinimumTickets >= (int)Math.Floor((distribution.MinimumProbability * LotteryTable.TotalTickets) + Tolerance),
            $"{rounded.MinimumTickets} billets pour un minimum de {distribution.MinimumProbability:P3}");
    }

    private static int IndexOf(Pool pool, Volunteer v) => pool.Volunteers.ToList().FindIndex(x => x.Id == v.Id);

    /// <summary>A pool of 30 to 80 volunteers, one or two quota features of 2 to 4 values and one free feature; bounds around each value's share.</summary>
    private static (Pool Pool, Quotas Quotas) RandomCase(int seed)
    {
        var random = SyntheticPools.Generator(seed);
        var size = 30 + random.NextBelow(51);
        var quotaFeatures = 1 + random.NextBelow(2);
        var valueCounts = Enumerable.Range(0, quotaFeatures).Select(_ => 2 + random.NextBelow(3)).ToList();
        var csv = new StringBuilder("nom," + string.Join(',', Enumerable.Range(1, quotaFeatures).Select(f => $"q{f}")) + ",libre\n");
        for (var i = 0; i < size; i++)
        {
            var values = valueCounts.Select(n => $"v{Math.Min(random.NextBelow(n), random.NextBelow(n)) + 1}");
            csv.Append(CultureInfo.InvariantCulture, $"{SyntheticPools.PrivateName(i)},{string.Join(',', values)},l{random.NextBelow(2)}\n");
        }

        var pool = SyntheticPools.Import(csv.ToString());
        var panelSize = 5 + random.NextBelow(8);
        var quotas = pool.Features.Where(f => f != "libre").SelectMany(f => pool.Volunteers.GroupBy(v => v.Features[f]).Select(g =>
        {
            var share = g.Count() * panelSize / pool.Volunteers.Count;
            return new ValueQuota(f, g.Key, Math.Max(0, share - random.NextBelow(2)), Math.Min(g.Count(), share + random.NextBelow(3)));
        })).ToList();
        return (pool, new Quotas(QuotaMode.MinMax, panelSize, 0, 0, [], [], quotas));
    }
}
