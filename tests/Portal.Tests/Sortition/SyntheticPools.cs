using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>
/// Generated volunteer pools as raw import CSV (features plus contact columns), reproducible from a
/// number. Driven by the draw's own generator so test data is stable across .NET versions.
/// </summary>
public static class SyntheticPools
{
    /// <summary>The 27 cantons of Haute-Garonne (2015 map), as in the département's citizens' assembly.</summary>
    public static readonly IReadOnlyList<string> Cantons =
    [
        "Auterive", "Bagnères-de-Luchon", "Blagnac", "Castanet-Tolosan", "Castelginest", "Cazères", "Escalquens",
        "Léguevin", "Muret", "Pechbonnieu", "Plaisance-du-Touch", "Portet-sur-Garonne", "Revel", "Saint-Gaudens",
        "Toulouse-1", "Toulouse-2", "Toulouse-3", "Toulouse-4", "Toulouse-5", "Toulouse-6", "Toulouse-7", "Toulouse-8",
        "Toulouse-9", "Toulouse-10", "Toulouse-11", "Tournefeuille", "Villemur-sur-Tarn",
    ];

    public static readonly IReadOnlyList<string> Genders = ["femme", "homme"];

    public static readonly IReadOnlyList<string> AgeBands = ["18-44 ans", "45 ans et plus"];

    public static readonly IReadOnlyList<string> Csp = ["agriculteur", "artisan-commerçant", "cadre", "profession intermédiaire", "employé", "ouvrier", "retraité", "sans activité"];

    public static readonly IReadOnlyList<string> Diplomas = ["aucun", "CAP-BEP", "bac", "bac+2", "bac+3 et plus"];

    /// <summary>
    /// A Haute-Garonne-shaped pool: canton, genre, âge, CSP, diplôme, plus nom/email/téléphone. Every
    /// canton × genre × âge cell gets at least <paramref name="perCellMinimum"/> volunteers, Toulouse cantons more.
    /// </summary>
    public static string HauteGaronne(int size, int seed, int perCellMinimum = 3)
    {
        var random = Generator(seed);
        var rows = new List<string[]>();
        foreach (var canton in Cantons)
        {
            foreach (var gender in Genders)
            {
                foreach (var age in AgeBands)
                {
                    for (var k = 0; k < perCellMinimum; k++)
                    {
                        rows.Add([canton, gender, age]);
                    }
                }
            }
        }

        // Urban cantons are over-represented among volunteers, as in real calls for volunteers.
        var weighted = Cantons.SelectMany(c => Enumerable.Repeat(c, c.StartsWith("Toulouse", StringComparison.Ordinal) ? 3 : 1)).ToList();
        while (rows.Count < size)
        {
            rows.Add([weighted[random.NextBelow(weighted.Count)], Genders[random.NextBelow(2)], AgeBands[random.NextBelow(2)]]);
        }

        var csv = new StringBuilder("nom;email;téléphone;canton;genre;tranche d'âge;CSP;diplôme\n");
        for (var i = 0; i < rows.Count; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{PrivateName(i)};{PrivateEmail(i)};{PrivatePhone(i)};{rows[i][0]};{rows[i][1]};{rows[i][2]};{Csp[random.NextBelow(Csp.Count)]};{Diplomas[random.NextBelow(Diplomas.Count)]}\n");
        }

        return csv.ToString();
    }

    /// <summary>A small random pool with <paramref name="features"/> features of 2 to 4 values each, for property tests and benchmarks.</summary>
    public static string Random(int size, int features, int seed)
    {
        var random = Generator(seed);
        var valueCounts = Enumerable.Range(0, features).Select(_ => 2 + random.NextBelow(3)).ToList();
        var csv = new StringBuilder("nom,email," + string.Join(',', Enumerable.Range(1, features).Select(f => $"critère{f}")) + "\n");
        for (var i = 0; i < size; i++)
        {
            // Skewed values: lower values are more frequent, as minorities are in real pools.
            var values = valueCounts.Select((n, f) => $"v{Math.Min(random.NextBelow(n), random.NextBelow(n)) + 1}");
            csv.Append(CultureInfo.InvariantCulture, $"{PrivateName(i)},{PrivateEmail(i)},{string.Join(',', values)}\n");
        }

        return csv.ToString();
    }

    public static string PrivateName(int i) => $"Dupont-Secret{i:D4}";

    public static string PrivateEmail(int i) => $"volontaire{i:D4}@prive.example";

    public static string PrivatePhone(int i) => $"06 99 {i / 100 % 100:D2} {i % 100:D2} 00";

    public static Pool Import(string csv) => PoolImport.Read(csv, PoolImport.DefaultContactColumns).Pool;

    public static HashCounterGenerator Generator(int seed) => new(SHA256.HashData(Encoding.UTF8.GetBytes($"test-{seed}")));

    /// <summary>Bounds from one below to two above each value's (floored) proportional share of the panel.</summary>
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

    /// <summary>
    /// Quotas aimed at a reference population unlike the pool: each value's target lies halfway between
    /// its share of the pool and an even split, ±1. Under-represented volunteers then need a higher chance,
    /// as with real self-selected pools, so fair algorithms and the sequential method differ.
    /// </summary>
    public static Quotas ReferenceQuotas(Pool pool, int panelSize, int substitutes)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var values = pool.Features.SelectMany(f =>
        {
            var groups = pool.Volunteers.GroupBy(v => v.Features[f]).ToList();
            return groups.Select(g =>
            {
                var target = ((g.Count() / (double)pool.Volunteers.Count) + (1.0 / groups.Count)) / 2 * panelSize;
                return new ValueQuota(f, g.Key, Math.Max(0, (int)Math.Floor(target) - 1), (int)Math.Ceiling(target) + 1);
            });
        }).ToList();
        return new Quotas(QuotaMode.MinMax, panelSize, 0, substitutes, [], [], values);
    }
}
