using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>The replay's verdict and the French lines that explain each step.</summary>
public sealed record VerificationOutcome(bool Success, IReadOnlyList<string> Lines);

/// <summary>
/// Replays a kit: re-hashes the pool and quotas against the commitment, rebuilds the seed from the
/// commitment and the public randomness, re-runs the draw and compares the result byte for byte.
/// </summary>
public static class KitVerifier
{
    public static VerificationOutcome Verify(KitFiles kit)
    {
        ArgumentNullException.ThrowIfNull(kit);
        var lines = new List<string>();
        var ok = true;
        void Check(bool condition, string success, string failure)
        {
            lines.Add((condition ? "OK     " : "ÉCHEC  ") + (condition ? success : failure));
            ok &= condition;
        }

        Commitment commitment;
        try
        {
            commitment = Commitment.Parse(kit.CommitmentText);
        }
        catch (Exception e) when (e is FormatException or KeyNotFoundException)
        {
            return new VerificationOutcome(false, [$"ÉCHEC  engagement illisible : {e.Message}"]);
        }

        Check(commitment.ToText() == kit.CommitmentText, "engagement.txt est sous forme canonique.", "engagement.txt n'est pas sous forme canonique : son empreinte ne peut pas être recalculée.");
        lines.Add($"       empreinte de l'engagement : {commitment.Hash}");
        Check(Hashes.Sha256Hex(kit.Pool) == commitment.PoolHash, "le vivier correspond à l'empreinte de l'engagement.", "le vivier ne correspond pas à l'empreinte de l'engagement.");
        Check(Hashes.Sha256Hex(kit.Quotas) == commitment.QuotasHash, "les quotas correspondent à l'empreinte de l'engagement.", "les quotas ne correspondent pas à l'empreinte de l'engagement.");
        if (commitment.PanelsHash is not null)
        {
            Check(kit.Panels is not null && Hashes.Sha256Hex(kit.Panels) == commitment.PanelsHash, "la table des panels correspond à l'empreinte de l'engagement.", "la table des panels manque ou ne correspond pas à l'empreinte de l'engagement.");
        }

        var seed = Convert.ToHexStringLower(Commitment.SeedFrom(commitment.Hash, kit.PublicRandomness));
        Check(seed == kit.SeedHex, $"la graine se déduit de l'engagement et de l'aléa public « {kit.PublicRandomness} ».", $"la graine publiée ne se déduit pas de l'engagement et de l'aléa public (attendu {seed}).");
        try
        {
            var pool = Pool.FromCsv(Encoding.UTF8.GetString(kit.Pool));
            Check(pool.ToBytes().AsSpan().SequenceEqual(kit.Pool), "le vivier est sous forme canonique.", "le vivier n'est pas sous forme canonique.");
            var quotas = QuotasJson.Parse(Encoding.UTF8.GetString(kit.Quotas));
            Check(DrawEngine.Fits(commitment.Algorithm, quotas), $"algorithme {commitment.Algorithm}.", $"l'algorithme engagé ({commitment.Algorithm}) ne correspond pas aux quotas.");
            var lottery = kit.Panels is null ? null : LotteryTable.FromCsv(Encoding.UTF8.GetString(kit.Panels));
            if (kit.Probabilities is not null)
            {
                Check(lottery is not null && lottery.ProbabilitiesCsv(pool).AsSpan().SequenceEqual(kit.Probabilities), "les probabilités publiées (probabilites.csv) se recomptent dans la table des panels.", "probabilites.csv ne correspond pas à la table des panels engagée.");
            }

            var replay = DrawEngine.Run(commitment.Algorithm, pool, quotas, Convert.FromHexString(seed), lottery).ToBytes();
            Check(replay.AsSpan().SequenceEqual(kit.Result), "le tirage rejoué donne exactement le même panel, octet pour octet.", "le tirage rejoué donne un résultat différent de resultat.csv.");
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or NotSupportedException or KeyNotFoundException or System.Text.Json.JsonException)
        {
            Check(false, string.Empty, $"le tirage n'a pas pu être rejoué : {e.Message}");
        }

        lines.Add(ok ? "Résultat : le tirage est vérifié." : "Résultat : le tirage n'est PAS vérifié.");
        return new VerificationOutcome(ok, lines);
    }
}
