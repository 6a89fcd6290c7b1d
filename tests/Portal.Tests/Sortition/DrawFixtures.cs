using System.Security.Cryptography;
using System.Text;
using Portal.Sortition.Drawing;

namespace Portal.Tests.Sortition;

/// <summary>Quotas and complete draws used by several test classes.</summary>
public static class DrawFixtures
{
    /// <summary>27 cantons × 2 genres × 2 age bands, one member and one substitute each: 108 + 108.</summary>
    public const string HauteGaronneQuotas = """{"mode":"cellules","panelSize":108,"substitutesPerMember":1,"cellFeatures":["canton","genre","tranche d'âge"],"membersPerCell":1}""";

    /// <summary>Why draw preparations run on SQLite only: the solver dominates their time, and storing draws on both engines is <see cref="DrawStoreTests"/>' job.</summary>
    public const string SolverNotStorage = "the solver is engine-agnostic and dominates the run; DrawStoreTests stores draws on both engines";

    public static byte[] Seed(int n) => SHA256.HashData(Encoding.UTF8.GetBytes($"graine-{n}"));

    /// <summary>A complete kit for a generated pool and quotas, as the portal would publish it.</summary>
    public static KitFiles Kit(string rawPoolCsv, string quotasJson, string randomness)
    {
        var pool = SyntheticPools.Import(rawPoolCsv);
        var quotas = QuotasJson.Parse(quotasJson, pool);
        var commitment = new Commitment(DrawEngine.AlgorithmFor(quotas), pool.Hash, QuotasJson.Hash(quotas), "tirage Euromillions du 1er décembre 2026",
            new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc));
        var seed = commitment.Seed(randomness);
        var result = DrawEngine.Run(commitment.Algorithm, pool, quotas, seed);
        return new KitFiles(pool.ToBytes(), QuotasJson.ToBytes(quotas), commitment.ToText(), randomness, Convert.ToHexStringLower(seed), result.ToBytes());
    }
}
