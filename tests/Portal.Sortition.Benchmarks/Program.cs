using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Sortition.Benchmarks;
using Portal.Sortition.Drawing;
using Portal.Sortition.Fairness;
using Portal.Tests.Sortition;

// Min/max quotas on generated pools of 500, 1,000 and 2,000 volunteers with 5 features, panel of 60:
// maximin and LEXIMIN (column generation, OrTools) against the sequential fallback. Fair methods'
// probabilities are exact (from the distribution, and after rounding to 1,000 tickets); the sequential
// method's are estimated over many seeds. Each fair run has its own time budget.
// Usage: dotnet run -c Release --project tests/Portal.Sortition.Benchmarks -- [runs] [maximin minutes] [leximin minutes] [sizes…]
// Against the proven optimum (docs/benchmarks.md): … -- optimum [runs] [budget seconds] [sizes…]
if (args.FirstOrDefault() == "optimum")
{
    OptimumBenchmark.Run(args[1..]);
    return;
}

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var maximinBudget = TimeSpan.FromMinutes(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3);
var leximinBudget = TimeSpan.FromMinutes(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 4);
var sizes = args.Length > 3 ? args.Skip(3).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [500, 1000, 2000];
const int panelSize = 60;
Console.WriteLine($"panel {panelSize}, 5 critères, quotas visant une population de référence (mi-chemin entre le vivier et une répartition égale, ±1) ; budgets : maximin {maximinBudget.TotalMinutes} min, LEXIMIN {leximinBudget.TotalMinutes} min ; méthode séquentielle : {runs} tirages par vivier");
Console.WriteLine("| vivier | méthode | temps | probabilité minimale | volontaires au minimum | volontaires jamais tirés | Gini |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
foreach (var size in sizes)
{
    var pool = SyntheticPools.Import(SyntheticPools.Random(size, features: 5, seed: size));
    var quotas = SyntheticPools.ReferenceQuotas(pool, panelSize, substitutes: 0);

    var clock = Stopwatch.StartNew();
    var maximin = MaximinSolver.Solve(pool, quotas, maximinBudget);
    clock.Stop();
    Row(size, $"maximin ({maximin.Iterations} itérations, {maximin.Panels.Count} panels{(maximin.Converged ? "" : ", arrêté au budget")})", $"{clock.Elapsed.TotalSeconds:0.0} s", maximin.Selection);
    Row(size, "maximin arrondi à 1 000 billets", "—", TicketRounding.Round(pool, quotas, maximin).Selection);

    clock.Restart();
    var leximin = LeximinSolver.Solve(pool, quotas, leximinBudget);
    clock.Stop();
    Row(size, $"LEXIMIN ({leximin.Levels} niveaux fixés, {leximin.Iterations} itérations, {leximin.Panels.Count} panels{(leximin.Converged ? "" : ", arrêté au budget")})", $"{clock.Elapsed.TotalSeconds:0.0} s", leximin.Selection);
    Row(size, "LEXIMIN arrondi à 1 000 billets", "—", TicketRounding.Round(pool, quotas, leximin).Selection);

    var index = pool.Volunteers.Select((v, k) => (v.Id, k)).ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);
    var hits = new double[size];
    clock.Restart();
    for (var r = 0; r < runs; r++)
    {
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes($"bench-{size}-{r}"));
        foreach (var member in SequentialDraw.Run(pool, quotas, new HashCounterGenerator(seed)).Members)
        {
            hits[index[member.Id]] += 1.0 / runs;
        }
    }

    clock.Stop();
    Row(size, $"{SequentialDraw.Algorithm} (estimé)", $"{clock.Elapsed.TotalMilliseconds / runs:0.0} ms/tirage", hits);
}

static void Row(int size, string method, string time, IReadOnlyList<double> probabilities)
{
    var minimum = probabilities.Min();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {size} | {method} | {time} | {minimum:0.0000} | {probabilities.Count(p => p <= minimum + 1e-6)} | {probabilities.Count(p => p < 1e-9)} | {Fairness.Gini(probabilities):0.000} |"));
}
