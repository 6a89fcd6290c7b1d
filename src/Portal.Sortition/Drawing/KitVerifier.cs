using System.Text;

namespace Portal.Sortition.Drawing;

/// <summary>
/// The replay's verdict and the French lines that explain each step. <see cref="Success"/>: every check
/// held; <see cref="Verified"/>: and the kit's commitment is the one published before the randomness.
/// </summary>
public sealed record VerificationOutcome(bool Success, IReadOnlyList<string> Lines, bool Verified = false);

/// <summary>
/// Replays a kit: re-hashes the pool and quotas against the commitment, rebuilds the seed from the
/// commitment and the public randomness, re-runs the draw and compares the result byte for byte. A kit
/// is only « vérifié » when its commitment also equals the one published before the draw: a forger can
/// recompute a consistent kit, not the hash published in advance.
/// </summary>
public static class KitVerifier
{
    /// <summary>Reads and replays a kit file; never throws on malformed input: a French ÉCHEC line says what is wrong.</summary>
    public static VerificationOutcome VerifyFile(Stream zip, IReadOnlyList<PublishedCommitment>? published)
    {
        try
        {
            return Verify(VerificationKit.Read(zip), published);
        }
#pragma warning disable CA1031 // A malformed kit is the verifier's ordinary input: any failure becomes a French ÉCHEC line, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new VerificationOutcome(false, [$"ÉCHEC  kit illisible : {e.Message}", "Résultat : le tirage n'est PAS vérifié."]);
        }
    }

    /// <summary>The replay, then the comparison with the published commitment (null: the lines end by saying what to compare).</summary>
    public static VerificationOutcome Verify(KitFiles kit, IReadOnlyList<PublishedCommitment>? published)
    {
        var replay = Verify(kit);
        if (!replay.Success)
        {
            return replay;
        }

        var lines = replay.Lines.Take(replay.Lines.Count - 1).ToList();
        var commitment = Commitment.Parse(kit.CommitmentText);
        if (published is null)
        {
            lines.Add($"À FAIRE comparer l'empreinte de l'engagement {commitment.Hash} à celle publiée sur la page du tirage : elle doit y avoir été publiée avant l'aléa public, donc entre le {commitment.CommittedUtc:yyyy-MM-dd HH:mm} UTC (date de l'engagement) et la date de l'aléa. Relancez avec --engagement <empreinte publiée> ou --page <adresse de la page du tirage>.");
            lines.Add("Résultat : le rejeu est cohérent, mais le tirage n'est PAS vérifié tant que l'engagement n'a pas été comparé à celui publié.");
            return new VerificationOutcome(true, lines);
        }

        var match = published.FirstOrDefault(p => string.Equals(p.Hash, commitment.Hash, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            lines.Add($"ÉCHEC  l'empreinte de l'engagement du kit ({commitment.Hash}) n'est pas celle publiée ({string.Join(", ", published.Select(p => p.Hash).DefaultIfEmpty("aucune empreinte trouvée"))}) : ce kit n'est pas celui du tirage annoncé.");
            lines.Add("Résultat : le tirage n'est PAS vérifié.");
            return new VerificationOutcome(false, lines);
        }

        if (match.PublishedUtc is { } at && match.RandomnessUtc is { } randomness)
        {
            if (at >= randomness)
            {
                lines.Add($"ÉCHEC  l'engagement a été rendu public le {at:yyyy-MM-dd HH:mm} UTC, pas avant l'aléa public ({randomness:yyyy-MM-dd HH:mm} UTC).");
                lines.Add("Résultat : le tirage n'est PAS vérifié.");
                return new VerificationOutcome(false, lines);
            }

            lines.Add($"OK     l'engagement est celui publié le {at:yyyy-MM-dd HH:mm} UTC, avant l'aléa public ({randomness:yyyy-MM-dd HH:mm} UTC).");
        }
        else
        {
            lines.Add("OK     l'engagement est celui publié ; sa date de publication n'étant pas donnée, vérifiez qu'il l'a été avant l'aléa public.");
        }

        lines.Add("Résultat : le tirage est vérifié.");
        return new VerificationOutcome(true, lines, Verified: true);
    }

    /// <summary>The replay alone: every file consistent with the commitment in the kit (not yet compared with the published one).</summary>
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
        catch (Exception e) when (e is FormatException or KeyNotFoundException or ArgumentException)
        {
            return new VerificationOutcome(false, [$"ÉCHEC  engagement illisible : {e.Message}", "Résultat : le tirage n'est PAS vérifié."]);
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
        catch (Exception e) when (e is FormatException or InvalidOperationException or NotSupportedException or KeyNotFoundException or ArgumentException
            or OverflowException or IndexOutOfRangeException or System.Text.Json.JsonException)
        {
            Check(false, string.Empty, $"le tirage n'a pas pu être rejoué : {e.Message}");
        }

        lines.Add(ok ? "Résultat : le rejeu est cohérent avec l'engagement du kit." : "Résultat : le tirage n'est PAS vérifié.");
        return new VerificationOutcome(ok, lines);
    }
}
