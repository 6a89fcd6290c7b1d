using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Sortition.Drawing;
using Portal.Sortition.Fairness;
using Portal.Sortition.Storage;
using Portal.Tests.Sortition;

namespace Portal.Sortition.Benchmarks;

/// <summary>
/// Minimum chance reached and time, per method, against the proven optimum: Haute-Garonne-shaped pools
/// (27 cantons × gender × age band, as in the audit of issue 16) with min/max quotas on canton and gender
/// (two features: <see cref="FlowBound"/> computes the exact optimum) and on canton, gender and age
/// (three features: only the solver's dual bound). Each fair method runs through the production path
/// (<c>FairDistributionSolver</c>: LEXIMIN kept only when it improves on maximin, per-volunteer
/// rounding); times and minimums are medians over the runs, the machine being shared.
/// </summary>
internal static class OptimumBenchmark
{
    public static void Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var budget = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 30);
        var sizes = args.Length > 2 ? args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [500, 1236, 2000];
        const int sequentialDraws = 100;
        Console.WriteLine($"panel 108 ; {runs} exécutions par méthode (médianes) ; budget de chaque calcul {budget.TotalSeconds} s ; méthode séquentielle : {sequentialDraws} tirages");
        Console.WriteLine("| vivier | quotas | méthode | temps (médiane) | chance minimale calculée | chance minimale engagée (billets) | optimum |");
        Console.WriteLine("|---:|---|---|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var pool = SyntheticPools.Import(SyntheticPools.HauteGaronne(size, seed: size));
            foreach (var (label, quotas) in QuotaSets())
            {
                var proven = FlowBound.Optimum(pool, quotas);
                foreach (var method in new[] { DrawMethod.Maximin, DrawMethod.Leximin })
                {
                    var outcomes = Enumerable.Range(0, runs).Select(_ => Solve(pool, quotas, method, budget)).ToList();
                    var last = outcomes[^1].Result.Figures;
                    var optimum = proven is { } p ? $"{p:0.0000} (flot)" : last.OptimumProven ? $"{last.Optimum:0.0000} (dual)" : $"≤ {last.UpperBound:0.0000} (borne duale)";
                    var achieved = method == DrawMethod.Leximin ? $"LEXIMIN demandé → {Name(last)}" : Name(last);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {size} | {label} | {achieved} | {Median(outcomes.Select(o => o.Seconds)):0.0} s | {Median(outcomes.Select(o => o.Result.Figures.Optimum)):0.0000} | {Median(outcomes.Select(o => (double)o.Result.Figures.MinimumTickets)) / 1000:0.000} | {optimum} |"));
                }

                var (seconds, minimum) = Sequential(pool, quotas, sequentialDraws);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {size} | {label} | {SequentialDraw.Algorithm} (estimé) | {seconds * 1000:0} ms/tirage | {minimum:0.0000} | — | {(proven is { } q ? $"{q:0.0000} (flot)" : "—")} |"));
            }
        }
    }

    private static IEnumerable<(string Label, Quotas Quotas)> QuotaSets()
    {
        ValueQuota[] cantons = [.. SyntheticPools.Cantons.Select(c => new ValueQuota("canton", c, 4, 4))];
        ValueQuota[] genders = [.. SyntheticPools.Genders.Select(g => new ValueQuota("genre", g, 52, 56))];
        ValueQuota[] ages = [.. SyntheticPools.AgeBands.Select(a => new ValueQuota("tranche d'âge", a, 50, 58))];
        yield return ("canton 4, genre 52–56", new Quotas(QuotaMode.MinMax, 108, 0, 0, [], [], [.. cantons, .. genders]));
        yield return ("canton 4, genre 52–56, âge 50–58", new Quotas(QuotaMode.MinMax, 108, 0, 0, [], [], [.. cantons, .. genders, .. ages]));
    }

    private static (double Seconds, FairDistributionResult Result) Solve(Pool pool, Quotas quotas, DrawMethod method, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        var distribution = method == DrawMethod.Maximin ? MaximinSolver.Solve(pool, quotas, budget) : LeximinSolver.Solve(pool, quotas, budget);
        var result = FairDistributionSolver.Choose(pool, quotas, distribution);
        return (clock.Elapsed.TotalSeconds, result);
    }

    private static string Name(FairnessFigures figures) =>
        figures.Method == DrawMethod.Maximin
            ? $"maximin{(figures.OptimumProven ? "" : " (budget atteint)")}"
            : $"LEXIMIN {(figures.LeximinComplete ? "complet" : $"partiel, {figures.LeximinLevels} niveaux")}";

    private static (double Seconds, double Minimum) Sequential(Pool pool, Quotas quotas, int draws)
    {
        var index = pool.Volunteers.Select((v, k) => (v.Id, k)).ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);
        var hits = new double[pool.Volunteers.Count];
        var clock = Stopwatch.StartNew();
        for (var r = 0; r < draws; r++)
        {
            foreach (var member in SequentialDraw.Run(pool, quotas, new HashCounterGenerator(SHA256.HashData(Encoding.UTF8.GetBytes($"optimum-{r}")))).Members)
            {
                hits[index[member.Id]] += 1.0 / draws;
            }
        }

        return (clock.Elapsed.TotalSeconds / draws, hits.Min());
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
